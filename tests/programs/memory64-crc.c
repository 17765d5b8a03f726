/* CRC-32 over 1 MiB of pseudo-random bytes, freestanding (no libc), built
 * by clang-22 twice: for wasm32 and for wasm64 (memory64: 64-bit
 * pointers, i64 addresses in every load and store). `make memory64-crc`;
 * lib/cli/tests/cli/memory64.rs checks both give the same CRC on every
 * back end. */
typedef unsigned long size_t;

static unsigned char buf[1 << 20];
static unsigned int table[256];

static void crc_init(void) {
    for (unsigned int i = 0; i < 256; i++) {
        unsigned int c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

/* The CRC of the buffer, computed `rounds` times over (each round continues
 * from the last one's value). */
__attribute__((export_name("run"))) unsigned int run(unsigned int rounds) {
    crc_init();
    unsigned long long x = 88172645463325252ull;
    for (size_t i = 0; i < sizeof buf; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        buf[i] = (unsigned char)x;
    }
    unsigned int crc = 0xFFFFFFFFu;
    for (unsigned int r = 0; r < rounds; r++)
        for (size_t i = 0; i < sizeof buf; i++) crc = table[(crc ^ buf[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}
