// Line and column (1-based, counted in characters as a person sees them) of an offset in a template's source.

export interface LineColumn {
  readonly line: number;
  readonly col: number;
}

/** Built once per template, so that many errors in a long template stay cheap to place. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The last position asked for: errors come in source order, so columns are counted on from there. */
  private last = { offset: 0, line: 0, col: 1 };

  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i += 1) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  at(offset: number): LineColumn {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const resume = this.last.line === low + 1 && this.last.offset <= offset;
    const start = resume ? this.last.offset : (this.starts[low] ?? 0);
    let col = resume ? this.last.col : 1;
    for (let i = start; i < offset; i += 1) {
      const c = this.source.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) col += 1; // a surrogate pair is one character
    }
    this.last = { offset, line: low + 1, col };
    return { line: low + 1, col };
  }
}
