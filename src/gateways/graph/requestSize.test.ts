import { base64Length, placeAttachments, POST_BODY_LIMIT, postedBytes, UPLOAD_SESSION_MINIMUM, type SizedFile } from "./requestSize";

const MiB = 1024 * 1024;
const file = (name: string, size: number): SizedFile => ({ name, contentType: "application/pdf", bytes: new Uint8Array(size) });

test("the measured POST limit (3,145,611 bytes of file, msgraph-sdk-java#52) is what base64 fits into a 4 MiB body", () => {
  expect(base64Length(3_145_611)).toBeLessThanOrEqual(4 * MiB);
  // …with under 200 bytes left for the JSON around it.
  expect(4 * MiB - base64Length(3_145_611)).toBeLessThan(200);
  // Rundmail's limit keeps about 1 MiB of encoded request below that edge.
  expect(4 * MiB - POST_BODY_LIMIT).toBeGreaterThan(1_000_000);
});

test("postedBytes is the JSON body's real size, base64 and names in UTF-8 included", () => {
  const f = file("Prüfung.pdf", 1000);
  const body = JSON.stringify({ "@odata.type": "#microsoft.graph.fileAttachment", name: f.name, contentType: "application/pdf", contentBytes: "A".repeat(base64Length(1000)) });
  expect(postedBytes(f)).toBe(new TextEncoder().encode(body).length);
});


const cases: { name: string; message: number; sizes: number[]; inline: number; post: number; upload: number }[] = [
  { name: "small files inline", message: 2000, sizes: [10_000, 200_000], inline: 2, post: 0, upload: 0 },
  { name: "2 MiB alone fits the create request", message: 2000, sizes: [2 * MiB], inline: 1, post: 0, upload: 0 },
  { name: "two of 1.5 MB: the second does not fit beside the first, it is posted", message: 2000, sizes: [1_500_000, 1_500_000], inline: 1, post: 1, upload: 0 },
  { name: "a large text leaves no room: the file is posted", message: 1_500_000, sizes: [1_500_000], inline: 0, post: 1, upload: 0 },
  { name: "2.3 MB: its POST would pass 3,000,000 bytes, upload session", message: 2000, sizes: [2_300_000], inline: 0, post: 0, upload: 1 },
  { name: "under 3 MiB but over the margin: upload session (the old rule posted it)", message: 2000, sizes: [3 * MiB - 1], inline: 0, post: 0, upload: 1 },
  { name: "150 MB: upload session", message: 2000, sizes: [150 * 1000 * 1000], inline: 0, post: 0, upload: 1 },
];

test.each(cases)("$name", ({ message, sizes, inline, post, upload }) => {
  const placed = placeAttachments(message, sizes.map((s, i) => file(`f${i}.pdf`, s)));
  expect([placed.inline.length, placed.post.length, placed.upload.length]).toEqual([inline, post, upload]);
  for (const f of placed.upload) expect(f.bytes.length).toBeGreaterThanOrEqual(UPLOAD_SESSION_MINIMUM);
  for (const f of placed.post) expect(postedBytes(f)).toBeLessThanOrEqual(POST_BODY_LIMIT);
});

test("around the edge: the last file size posted and the first sent by upload session", () => {
  // The largest file whose POST body stays within 3,000,000 bytes (base64 grows in steps of 3 bytes).
  let edge = Math.floor(POST_BODY_LIMIT * 0.75);
  while (postedBytes(file("f0.pdf", edge)) > POST_BODY_LIMIT) edge -= 1;
  const sizes = [edge, edge + 1];
  const placed = placeAttachments(POST_BODY_LIMIT, sizes.map((s, i) => file(`f${i}.pdf`, s)));
  expect(placed.post.map((f) => f.bytes.length)).toEqual([sizes[0]]);
  expect(placed.upload.map((f) => f.bytes.length)).toEqual([sizes[1]]);
});
