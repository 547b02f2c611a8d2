/* The memcpy baseline: GB/s of memcpy of 800 MB into memory already touched,
 * the ceiling any array copy of that size can reach on this machine.
 *
 * Usage: memcpy-baseline [bytes] [repeats]; prints the median of the repeats,
 * then each one. GB is 10^9 bytes copied per second (not read + written).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int ascending(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    size_t bytes = argc > 1 ? strtoull(argv[1], NULL, 10) : 800000000UL;
    int repeats = argc > 2 ? atoi(argv[2]) : 5;
    if (repeats < 1 || repeats > 100) repeats = 5;
    char *source = malloc(bytes), *target = malloc(bytes);
    if (!source || !target) {
        fprintf(stderr, "memcpy-baseline: cannot allocate 2 x %zu bytes\n", bytes);
        return 1;
    }
    for (size_t i = 0; i < bytes; i++) source[i] = (char)i;
    memset(target, 1, bytes);
    double rates[100];
    for (int r = 0; r < repeats; r++) {
        double start = now();
        memcpy(target, source, bytes);
        rates[r] = bytes / (now() - start) / 1e9;
    }
    /* Keep the copies observable. */
    if (target[bytes / 2] != source[bytes / 2]) return 1;
    double sorted[100];
    memcpy(sorted, rates, sizeof(double) * repeats);
    qsort(sorted, repeats, sizeof(double), ascending);
    printf("%.3f", sorted[repeats / 2]);
    for (int r = 0; r < repeats; r++) printf(" %.3f", rates[r]);
    printf("\n");
    free(source);
    free(target);
    return 0;
}
