import { TileCache } from './tile-cache';

const tile = (index: number) => ({ level: 0, index, width: 256 });

describe('TileCache', () => {
  it('keeps tiles by level, index and width', () => {
    const cache = new TileCache(10);
    cache.set(tile(1), Buffer.from('a'));
    expect(cache.get(tile(1))?.toString()).toBe('a');
    expect(cache.get({ level: 0, index: 1, width: 5 })).toBeUndefined();
    expect(cache.get({ level: 1, index: 1, width: 256 })).toBeUndefined();
  });

  it('forgets the least recently used tile first', () => {
    const cache = new TileCache(2);
    cache.set(tile(1), Buffer.from('1'));
    cache.set(tile(2), Buffer.from('2'));
    cache.get(tile(1));
    cache.set(tile(3), Buffer.from('3'));
    expect(cache.get(tile(2))).toBeUndefined();
    expect(cache.get(tile(1))?.toString()).toBe('1');
    expect(cache.get(tile(3))?.toString()).toBe('3');
  });
});
