/* Mandelbrot set membership on a 1200x1200 grid, 200 iterations. */
#include "common.h"
int main(void) {
    uint64_t inside = 0;
    const int w = 1200, h = 1200, iters = 200;
    for (int py = 0; py < h; py++)
        for (int px = 0; px < w; px++) {
            double cr = (double)px / w * 3.0 - 2.0, ci = (double)py / h * 3.0 - 1.5;
            double zr = 0, zi = 0;
            int k = 0;
            while (k < iters && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                k++;
            }
            inside += (uint64_t)k;
        }
    report("mandel", inside);
    return 0;
}
