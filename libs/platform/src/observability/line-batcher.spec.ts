import { LineBatcher } from './line-batcher';

describe('LineBatcher', () => {
  function batcher() {
    const writes: string[] = [];
    const scheduled: (() => void)[] = [];
    const lines = new LineBatcher({ write: (text: string) => writes.push(text) }, (flush) => scheduled.push(flush));
    return { lines, writes, scheduled };
  }

  it('writes the lines of one turn together, in order, once the turn ends', () => {
    const { lines, writes, scheduled } = batcher();
    lines.push('a\n');
    lines.push('b\n');
    expect(writes).toEqual([]);
    expect(scheduled).toHaveLength(1);
    scheduled[0]!();
    expect(writes).toEqual(['a\nb\n']);
    lines.push('c\n');
    expect(scheduled).toHaveLength(2);
    scheduled[1]!();
    expect(writes).toEqual(['a\nb\n', 'c\n']);
  });

  it('writes what is waiting when flushed at exit, and nothing twice', () => {
    const { lines, writes, scheduled } = batcher();
    lines.push('last\n');
    lines.flush();
    scheduled[0]!();
    expect(writes).toEqual(['last\n']);
    expect(lines.waiting).toBe(0);
  });

  it('does not let a burst inside one turn pile up without bound', () => {
    const { lines, writes } = batcher();
    for (let index = 0; index < 2_500; index += 1) lines.push(`${index}\n`);
    expect(writes).toHaveLength(2);
    expect(lines.waiting).toBe(500);
    expect(writes.join('').split('\n').slice(0, 3)).toEqual(['0', '1', '2']);
  });
});
