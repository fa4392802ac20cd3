import { randomFillSync } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let lastMs = -1;
let lastCounter = 0;

/**
 * Random bytes drawn from the system in blocks, as `randomUUID` does: a call
 * to the system's generator per id cost about 50 times more CPU than the
 * pooled `randomUUID` of the events (a CPU profile of the bench's pipeline).
 */
const random = Buffer.alloc(4096);
let drawn = random.length;

function randomByte(): number {
  if (drawn === random.length) {
    randomFillSync(random);
    drawn = 0;
  }
  return random[drawn++]!;
}

/**
 * A UUIDv7 (RFC 9562): time-ordered, so new rows land at the end of a B-tree
 * index and ids sort by creation time. Within one millisecond a 12-bit counter
 * (RFC 9562 §6.2, method 1) keeps the ids of this process increasing.
 */
export function newId(now: number = Date.now()): string {
  let ms = now;
  let counter: number;
  if (ms <= lastMs) {
    ms = lastMs;
    counter = lastCounter + 1;
    if (counter > 0xfff) {
      ms += 1;
      counter = 0;
    }
  } else {
    counter = ((randomByte() << 8) | randomByte()) & 0x7ff; // leave room to count up
  }
  lastMs = ms;
  lastCounter = counter;
  const bytes = Buffer.allocUnsafe(16);
  for (let i = 8; i < 16; i++) bytes[i] = randomByte();
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
