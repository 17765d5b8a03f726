/* A bytecode interpreter (switch dispatch) for a small register machine,
 * running a loop of four instructions ten million times, three rounds. */
#include "common.h"
enum { MOVI, MULI, XOR, DEC, JNZ, HALT };
/* Each instruction: opcode, operand a, operand b. */
static const int32_t program[] = {
    MOVI, 0, 10000000, /* 0: r0 = count */
    MOVI, 1, 7,        /* 1: r1 = 7 */
    MULI, 1, 31,       /* 2: r1 *= 31 */
    XOR, 1, 0,         /* 3: r1 ^= r0 */
    DEC, 0, 0,         /* 4: r0-- */
    JNZ, 0, 2,         /* 5: if r0 goto 2 */
    HALT, 0, 0,        /* 6 */
};

static uint32_t run(void) {
    uint32_t r[4] = {0, 0, 0, 0};
    int pc = 0;
    for (;;) {
        const int32_t *i = &program[pc * 3];
        switch (i[0]) {
        case MOVI: r[i[1]] = (uint32_t)i[2]; pc++; break;
        case MULI: r[i[1]] *= (uint32_t)i[2]; pc++; break;
        case XOR: r[i[1]] ^= r[i[2]]; pc++; break;
        case DEC: r[i[1]]--; pc++; break;
        case JNZ: pc = r[i[1]] ? i[2] : pc + 1; break;
        default: return r[1];
        }
    }
}

int main(void) {
    uint64_t sum = 0;
    for (int rep = 0; rep < 3; rep++) sum += run();
    report("interp", sum);
    return 0;
}
