import {
  emptyRoot,
  leafHash,
  nodeHash,
  ReferenceTree,
  referenceConsistencyProof,
  referenceInclusionProof,
  referenceRoot,
  rootFromInclusionProof,
  verifyConsistency,
  verifyInclusion,
} from './merkle';

// Test vectors of the Certificate Transparency reference implementation
// (certificate-transparency, cpp/merkletree/merkle_tree_test.cc), as carried on by
// transparency-dev/merkle (proof/verify_test.go, testonly/constants.go): eight leaves,
// the tree head for every size 1..8, and inclusion/consistency paths.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) =>
  leafHash(Buffer.from(hex, 'hex')),
);
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const INCLUSION: [index: number, size: number, proof: string[]][] = [
  [0, 1, []],
  [
    0,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    5,
    8,
    [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [
    1,
    5,
    [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];
const CONSISTENCY: [m: number, n: number, proof: string[]][] = [
  [1, 1, []],
  [
    1,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    6,
    8,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [
    2,
    5,
    [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];
const hex = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('hex'));
const root = (size: number) => Buffer.from(ROOTS[size]!, 'hex');

describe('RFC 6962 Merkle tree', () => {
  it('hashes leaves and nodes with distinct prefixes', () => {
    expect(leafHash(Buffer.alloc(0)).toString('hex')).toBe(ROOTS[1]);
    expect(nodeHash(LEAVES[0]!, LEAVES[1]!).toString('hex')).toBe(ROOTS[2]);
    expect(emptyRoot().toString('hex')).toBe(ROOTS[0]);
  });

  it.each(ROOTS.map((hash, size) => [size, hash] as const))('has the published tree head for size %i', (size, hash) => {
    expect(referenceRoot(LEAVES.slice(0, size)).toString('hex')).toBe(hash);
  });

  it.each(INCLUSION)('builds and verifies the published inclusion proof of leaf %i in size %i', (index, size, proof) => {
    expect(hex(referenceInclusionProof(index, LEAVES.slice(0, size)))).toEqual(proof);
    const hashes = proof.map((value) => Buffer.from(value, 'hex'));
    expect(verifyInclusion(index, size, LEAVES[index]!, hashes, root(size))).toBe(true);
    expect(rootFromInclusionProof(index, size, LEAVES[index]!, hashes)?.toString('hex')).toBe(ROOTS[size]);
  });

  it.each(CONSISTENCY)('builds and verifies the published consistency proof from %i to %i', (m, n, proof) => {
    expect(hex(referenceConsistencyProof(m, LEAVES.slice(0, n)))).toEqual(proof);
    const hashes = proof.map((value) => Buffer.from(value, 'hex'));
    expect(verifyConsistency(m, n, hashes, root(m), root(n))).toBe(true);
  });

  it('rejects altered inclusion proofs', () => {
    const proof = referenceInclusionProof(5, LEAVES);
    const flipped = proof.map((hash) => Buffer.from(hash));
    flipped[1]![0]! ^= 1;
    expect(verifyInclusion(5, 8, LEAVES[5]!, flipped, root(8))).toBe(false);
    expect(verifyInclusion(5, 8, LEAVES[4]!, proof, root(8))).toBe(false);
    expect(verifyInclusion(4, 8, LEAVES[5]!, proof, root(8))).toBe(false);
    expect(verifyInclusion(5, 4, LEAVES[5]!, proof, root(8))).toBe(false);
    expect(verifyInclusion(5, 8, LEAVES[5]!, proof.slice(0, 2), root(8))).toBe(false);
    expect(verifyInclusion(5, 8, LEAVES[5]!, [...proof, LEAVES[0]!], root(8))).toBe(false);
    expect(verifyInclusion(8, 8, LEAVES[5]!, proof, root(8))).toBe(false);
    expect(verifyInclusion(-1, 8, LEAVES[5]!, proof, root(8))).toBe(false);
    expect(verifyInclusion(5, 8, LEAVES[5]!.subarray(1), proof, root(8))).toBe(false);
  });

  it('rejects altered consistency proofs', () => {
    const proof = referenceConsistencyProof(6, LEAVES);
    expect(verifyConsistency(6, 8, proof, root(5), root(8))).toBe(false);
    expect(verifyConsistency(6, 8, proof, root(6), root(7))).toBe(false);
    expect(verifyConsistency(5, 8, proof, root(6), root(8))).toBe(false);
    expect(verifyConsistency(6, 8, proof.slice(1), root(6), root(8))).toBe(false);
    expect(verifyConsistency(6, 8, [...proof, LEAVES[0]!], root(6), root(8))).toBe(false);
    expect(verifyConsistency(8, 6, proof, root(8), root(6))).toBe(false);
    expect(verifyConsistency(4, 4, [], root(4), root(4))).toBe(true);
    expect(verifyConsistency(4, 4, [], root(4), root(5))).toBe(false);
    expect(verifyConsistency(4, 4, [LEAVES[0]!], root(4), root(4))).toBe(false);
    expect(verifyConsistency(0, 8, [], root(0), root(8))).toBe(true);
    expect(verifyConsistency(0, 8, [], root(1), root(8))).toBe(false);
  });

  it('verifies every proof between every pair of sizes up to 40 and rejects a wrong old root', () => {
    const leaves = Array.from({ length: 40 }, (_, index) => leafHash(Buffer.from([index, index >> 1])));
    const tree = new ReferenceTree(leaves);
    for (let n = 1; n <= leaves.length; n += 1) {
      for (let m = 1; m <= n; m += 1) {
        const proof = tree.consistencyProof(m, n);
        expect(verifyConsistency(m, n, proof, tree.root(0, m), tree.root(0, n))).toBe(true);
        if (m < n) expect(verifyConsistency(m, n, proof, tree.root(0, m - 1), tree.root(0, n))).toBe(false);
      }
    }
  });

  it('refuses to prove outside the tree', () => {
    expect(() => referenceInclusionProof(8, LEAVES)).toThrow(RangeError);
    expect(() => referenceConsistencyProof(9, LEAVES)).toThrow(RangeError);
  });
});
