// CRC-32 (the polynomial of zip, gzip and PNG), the share code's checksum. fflate computes it inside gzip but does not
// export it, and Node's zlib.crc32 needs Node 22 and exists in no browser: the table-driven form is a few lines.

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of the bytes, as an unsigned 32-bit number ("123456789" gives 0xcbf43926). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Eight hex digits, as a run's fingerprint is written. */
export const hex8 = (n: number): string => n.toString(16).padStart(8, '0');
