/* Table-driven CRC-32 over 4 MiB, repeated. */
#include "common.h"
#define SIZE (4 << 20)
static uint8_t data[SIZE];
static uint32_t table[256];

int main(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    for (int i = 0; i < SIZE; i++) data[i] = (uint8_t)rng();
    uint64_t sum = 0;
    for (int rep = 0; rep < 40; rep++) {
        uint32_t crc = 0xffffffffu;
        for (int i = 0; i < SIZE; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
        sum += crc ^ 0xffffffffu;
        data[rep] ^= 1;
    }
    report("crc", sum);
    return 0;
}
