import { parseHtmlTable } from "./parseHtmlTable";

/** What Excel for Windows puts on the clipboard as text/html (shortened; structure and attributes as written). */
const EXCEL = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link id=Main-File rel=Main-File href="file:///C:/Users/anna/AppData/Local/Temp/msohtmlclip1/01/clip.htm">
<style>
<!--table
	{mso-displayed-decimal-separator:"\\,";
	mso-displayed-thousand-separator:"\\.";}
td
	{padding-top:1px;
	mso-number-format:General;
	white-space:nowrap;}
br
	{mso-data-placement:same-cell;}
.xl65
	{mso-number-format:"\\@";}
-->
</style>
</head>

<body link="#0563C1" vlink="#954F72">

<table border=0 cellpadding=0 cellspacing=0 width=384 style='border-collapse:
 collapse;width:288pt'>
<!--StartFragment-->
 <col width=64 span=2 style='width:48pt'>
 <col width=128 style='mso-width-source:userset;mso-width-alt:4681;width:96pt'>
 <col width=64 style='width:48pt'>
 <tr height=20 style='height:15.0pt'>
  <td height=20 width=64 style='height:15.0pt;width:48pt'>Vorname</td>
  <td width=64 style='width:48pt'>Nachname</td>
  <td width=128 style='width:96pt'>E-Mail</td>
  <td width=64 style='width:48pt'>PLZ</td>
 </tr>
 <tr height=20 style='height:15.0pt'>
  <td height=20 style='height:15.0pt'>Jürgen</td>
  <td>M&uuml;ller &amp; S&ouml;hne</td>
  <td>juergen@example.de</td>
  <td class=xl65>01067</td>
 </tr>
 <tr height=40 style='height:30.0pt'>
  <td height=40 class=xl66 width=64 style='height:30.0pt;width:48pt'>Anna<br>
    Maria</td>
  <td>Schmidt</td>
  <td><span style='mso-spacerun:yes'>&nbsp;</span>anna@example.de<span
  style='mso-spacerun:yes'>&nbsp; </span></td>
  <td class=xl65>&nbsp;</td>
 </tr>
 <tr height=20 style='height:15.0pt'>
  <td height=20 style='height:15.0pt'></td>
  <td></td>
  <td></td>
  <td></td>
 </tr>
<!--EndFragment-->
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
  <td width=64 style='width:48pt'></td>
  <td width=64 style='width:48pt'></td>
  <td width=128 style='width:96pt'></td>
  <td width=64 style='width:48pt'></td>
 </tr>
 <![endif]>
</table>

</body>

</html>`;

const GOOGLE_SHEETS = `<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1"><colgroup><col width="100"/><col width="180"/></colgroup><tbody><tr style="height:21px;"><td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;">Name</td><td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;">E-Mail</td></tr><tr style="height:21px;"><td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;" data-sheets-value="{&quot;1&quot;:2,&quot;2&quot;:&quot;Ben&quot;}">Ben</td><td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;">ben@example.de</td></tr></tbody></table>`;

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head><body lang=DE>
<!--StartFragment-->
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=302 valign=top style='width:226.55pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span lang=DE>Vorname<o:p></o:p></span></p>
  </td>
  <td width=302 valign=top style='width:226.6pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span class=SpellE><span lang=DE>E-Mail</span></span><span lang=DE><o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=302 valign=top style='width:226.55pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span lang=DE>Carla<o:p></o:p></span></p>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span lang=DE>(Chefin)<o:p></o:p></span></p>
  </td>
  <td width=302 valign=top style='width:226.6pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span lang=DE>carla@example.de<o:p></o:p></span></p>
  </td>
 </tr>
</table>
<!--EndFragment-->
</body></html>`;

interface Case {
  name: string;
  html: string;
  records: string[][] | null;
}

describe("clipboard HTML from real programs", () => {
  const cases: Case[] = [
    {
      name: "Excel: <style>, <col>, mso attributes, entities, &nbsp;, <br>",
      html: EXCEL,
      records: [
        ["Vorname", "Nachname", "E-Mail", "PLZ"],
        ["Jürgen", "Müller & Söhne", "juergen@example.de", "01067"],
        ["Anna\nMaria", "Schmidt", "\u00a0anna@example.de\u00a0", "\u00a0"],
        ["", "", "", ""],
        ["", "", "", ""], // Excel's hidden sizing row; empty rows are left out later
      ],
    },
    {
      name: "Google Sheets",
      html: GOOGLE_SHEETS,
      records: [["Name", "E-Mail"], ["Ben", "ben@example.de"]],
    },
    {
      name: "Word: paragraphs in a cell become lines",
      html: WORD,
      records: [["Vorname", "E-Mail"], ["Carla\n(Chefin)", "carla@example.de"]],
    },
    {
      name: "the Windows clipboard header before the HTML",
      html: "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000300\r\n<html><body><table><tr><td>a</td></tr></table></body></html>",
      records: [["a"]],
    },
  ];
  test.each(cases)("$name", ({ html, records }) => {
    expect(parseHtmlTable(html)).toEqual(records);
  });
});

describe("cell text as a browser shows it", () => {
  const row = (cell: string): string => `<table><tr><td>${cell}</td></tr></table>`;
  const cases: Case[] = [
    { name: "whitespace runs collapse", html: row("  Anna \n\t  Müller  "), records: [["Anna Müller"]] },
    { name: "spaces across inline elements", html: row("<b>Anna</b> <i>Müller</i>"), records: [["Anna Müller"]] },
    { name: "no space invented between inline elements", html: row("<span>an</span><span>na@example.de</span>"), records: [["anna@example.de"]] },
    { name: "<br> is a line break, spaces around it go", html: row("Weg 1 <br/>  Bonn"), records: [["Weg 1\nBonn"]] },
    { name: "two <br> are an empty line", html: row("a<br><br>b"), records: [["a\n\nb"]] },
    { name: "&nbsp; is kept inside", html: row("Anna&nbsp;Müller"), records: [["Anna\u00a0Müller"]] },
    { name: "named and numeric entities", html: row("&lt;x&gt; &quot;&#228;&#xF6;&euro;&quot;"), records: [['<x> "äö€"']] },
    { name: "comments are not text", html: row("a<!-- b -->c"), records: [["ac"]] },
    { name: "a <script> in a cell is not text", html: row("a<script>alert('x')</script>b"), records: [["ab"]] },
    { name: "a <style> in a cell is not text", html: row("a<style>td{color:red}</style>b"), records: [["ab"]] },
    { name: "<div>s are lines", html: row("<div>one</div><div>two</div>"), records: [["one\ntwo"]] },
    { name: "a nested table's cells are lines of the outer cell", html: row("<table><tr><td>x</td><td>y</td></tr></table>"), records: [["x\ny"]] },
  ];
  test.each(cases)("$name", ({ html, records }) => {
    expect(parseHtmlTable(html)).toEqual(records);
  });
});

describe("table structure", () => {
  const cases: Case[] = [
    { name: "no table at all", html: "<p>Anna, anna@example.de</p>", records: null },
    { name: "empty input", html: "", records: null },
    { name: "an empty table", html: "<table></table>", records: [] },
    { name: "<th> header cells", html: "<table><thead><tr><th>Name</th><th>E-Mail</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>", records: [["Name", "E-Mail"], ["a", "b"]] },
    { name: "a table inside a comment is not the table", html: "<!--<table><tr><td>x</td></tr></table>--><table><tr><td>a</td></tr></table>", records: [["a"]] },
    {
      name: "a table inside a script is not the table",
      html: '<script>var s = "<table><tr><td>x</td></tr></table>";</script><table><tr><td>a</td></tr></table>',
      records: [["a"]],
    },
    { name: "'<table' in an attribute value is not a table", html: '<p title="<table>">x</p><table><tr><td title="<td>">a</td></tr></table>', records: [["a"]] },
    { name: "only the first table", html: "<table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>", records: [["1"]] },
    { name: "text outside cells is ignored", html: "<table>stray<tr>x<td>a</td>y</tr>z</table>", records: [["a"]] },
    { name: "closing tags left out", html: "<table><tr><td>a<td>b<tr><td>c<td>d</table>", records: [["a", "b"], ["c", "d"]] },
    { name: "cut off without </table>", html: "<table><tr><td>a</td><td>b</td></tr><tr><td>c", records: [["a", "b"], ["c"]] },
    { name: "cells without <tr>", html: "<table><td>a</td><td>b</td></table>", records: [["a", "b"]] },
    { name: "an empty <tr> is an (empty) row", html: "<table><tr><td>a</td></tr><tr></tr><tr><td>b</td></tr></table>", records: [["a"], [], ["b"]] },
    { name: "upper-case tags", html: "<TABLE><TR><TD>a</TD><TH>b</TH></TR></TABLE>", records: [["a", "b"]] },
    {
      name: "colspan repeats as empty cells",
      html: "<table><tr><td colspan=2>Name</td><td>E-Mail</td></tr><tr><td>Anna</td><td>Müller</td><td>a@x.de</td></tr></table>",
      records: [["Name", "", "E-Mail"], ["Anna", "Müller", "a@x.de"]],
    },
    {
      name: "rowspan keeps the cells below in their columns",
      html: "<table><tr><td>Gruppe</td><td>Name</td><td>E-Mail</td></tr><tr><td rowspan=2>A</td><td>Anna</td><td>a@x.de</td></tr><tr><td>Ben</td><td>b@x.de</td></tr><tr><td>B</td><td>Carl</td><td>c@x.de</td></tr></table>",
      records: [["Gruppe", "Name", "E-Mail"], ["A", "Anna", "a@x.de"], ["", "Ben", "b@x.de"], ["B", "Carl", "c@x.de"]],
    },
    {
      name: "rowspan in the last column",
      html: "<table><tr><td>a</td><td rowspan=3>x</td></tr><tr><td>b</td></tr><tr></tr><tr><td>c</td></tr></table>",
      records: [["a", "x"], ["b", ""], ["", ""], ["c"]],
    },
    {
      name: "rowspan and colspan together",
      html: "<table><tr><td rowspan=2 colspan=2>x</td><td>a</td></tr><tr><td>b</td></tr></table>",
      records: [["x", "", "a"], ["", "", "b"]],
    },
    { name: "nonsense spans count as 1", html: "<table><tr><td colspan=0>a</td><td colspan=-3 rowspan=x>b</td></tr></table>", records: [["a", "b"]] },
  ];
  test.each(cases)("$name", ({ html, records }) => {
    expect(parseHtmlTable(html)).toEqual(records);
  });

  test("a hostile colspan is clamped as browsers do", () => {
    const records = parseHtmlTable('<table><tr><td colspan="99999999">a</td></tr></table>');
    expect(records?.[0]?.length).toBe(1000);
  });

  test("a hostile rowspan is clamped as browsers do", () => {
    const records = parseHtmlTable('<table><tr><td rowspan="99999999">a</td></tr><tr><td>b</td></tr></table>');
    expect(records).toEqual([["a"], ["", "b"]]);
  });
});
