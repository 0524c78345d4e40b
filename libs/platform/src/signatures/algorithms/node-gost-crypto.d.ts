// The package ships JavaScript only; these are the parts of its engine the verifier calls.
declare module 'node-gost-crypto' {
  type Bytes = ArrayBuffer | Uint8Array;

  interface GostDigestAlgorithm {
    name: 'GOST R 34.11';
    version: 2012;
    length: 256 | 512;
  }

  interface GostSignAlgorithm {
    name: 'GOST R 34.10';
    version: 2012;
    length: 256 | 512;
    namedCurve: string;
    /** 'CP': signatures as RFC 4491 and RFC 7091 encode them, digests read as little-endian numbers. */
    procreator?: 'CP';
    hash?: { name: 'GOST R 34.11' };
    /** A caller-chosen secret: the private key in generateKey, the nonce k in sign. */
    ukm?: Bytes;
  }

  interface GostDigest {
    digest(data: Bytes): ArrayBuffer;
  }

  interface GostSign {
    sign(privateKey: Bytes, data: Bytes): ArrayBuffer;
    verify(publicKey: Bytes, signature: Bytes, data: Bytes): boolean;
    generateKey(): { privateKey: ArrayBuffer; publicKey: ArrayBuffer };
  }

  export const gostEngine: {
    getGostDigest(algorithm: GostDigestAlgorithm): GostDigest;
    getGostSign(algorithm: GostSignAlgorithm): GostSign;
  };
}
