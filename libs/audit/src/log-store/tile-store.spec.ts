import { consistencyProof, inclusionProof, tilePath, TileReader } from '../log';
import { MemoryTileStore, testLeaves } from '../log/tile-test-support';
import { tilesRead } from './tile-store';

/** The tiles a real computation reads, in the order it reads them. */
function recording(reader: TileReader, seen: string[]): TileReader {
  return async (tile) => {
    seen.push(tilePath(tile));
    return reader(tile);
  };
}

describe('the tiles a proof reads', () => {
  const store = new MemoryTileStore();
  beforeAll(async () => {
    for (let done = 0; done < 70_000; done += 10_000) await store.append(testLeaves(10_000, `${done}:`));
  });

  it.each([
    [0, 1],
    [5, 256],
    [300, 70_000],
    [65_535, 65_536],
    [69_999, 70_000],
    [12_345, 40_000],
  ])('are listed without reading for the inclusion of %i in a tree of %i', async (index, size) => {
    const listed = (await tilesRead((reader) => inclusionProof(index, size, reader))).map(tilePath);
    const read: string[] = [];
    await inclusionProof(index, size, recording(store.reader(size), read));
    expect(listed).toEqual(read);
  });

  it.each([
    [1, 70_000],
    [256, 60_000],
    [40_000, 70_000],
  ])('are listed without reading for the consistency of %i with %i', async (from, to) => {
    const listed = (await tilesRead((reader) => consistencyProof(from, to, reader))).map(tilePath);
    const read: string[] = [];
    await consistencyProof(from, to, recording(store.reader(to), read));
    expect(listed).toEqual(read);
  });
});
