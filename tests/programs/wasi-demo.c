/* A WASI demo program: everything a typical command-line program asks of
 * its system, printed deterministically so that its output under
 * `trident run` can be compared byte for byte with the same source built
 * natively. Run it in an empty working directory (pre-opened as `.`),
 * with the environment DEMO_NAME=<name> and nothing else, and some text
 * on stdin. The last argument, if it is a number, is the exit status.
 *
 * Built by `make wasi-demo` (see the Makefile) for wasm32-wasip1 with
 * clang and wasi-libc, and with the host cc. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static const char *errname(int e) {
    switch (e) {
    case 0: return "OK";
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case ENOTEMPTY: return "ENOTEMPTY";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case EBADF: return "EBADF";
    case EINVAL: return "EINVAL";
    case ESPIPE: return "ESPIPE";
    default: return "other";
    }
}

#define CHECK(what, expr)                                                     \
    do {                                                                      \
        errno = 0;                                                            \
        int r_ = (expr);                                                      \
        printf("%-28s %s\n", what, r_ < 0 ? errname(errno) : "ok");           \
    } while (0)

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static long long ns(struct timespec t) {
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void args_and_env(int argc, char **argv) {
    printf("argc %d\n", argc);
    for (int i = 1; i < argc; i++)
        printf("argv[%d] %s\n", i, argv[i]);
    int n = 0;
    char *vars[64];
    for (char **e = environ; *e && n < 64; e++)
        vars[n++] = *e;
    qsort(vars, n, sizeof vars[0], cmp);
    printf("environ %d\n", n);
    for (int i = 0; i < n; i++)
        printf("  %s\n", vars[i]);
    const char *name = getenv("DEMO_NAME");
    printf("DEMO_NAME %s\n", name ? name : "(unset)");
    printf("HOME %s\n", getenv("HOME") ? "set" : "(unset)");
}

static void files(void) {
    CHECK("mkdir sub", mkdir("sub", 0755));
    CHECK("mkdir sub again", mkdir("sub", 0755));
    FILE *f = fopen("sub/a.txt", "w");
    printf("fopen w %s\n", f ? "ok" : errname(errno));
    if (!f)
        return;
    fprintf(f, "line one\nline two\n");
    fclose(f);
    f = fopen("sub/a.txt", "a");
    fputs("line three\n", f);
    fclose(f);
    f = fopen("sub/a.txt", "r");
    char buf[256];
    int lines = 0;
    while (fgets(buf, sizeof buf, f)) {
        lines++;
        printf("read: %s", buf);
    }
    fseek(f, 5, SEEK_SET);
    long pos = ftell(f);
    int next = fgetc(f);
    printf("ftell after seek %ld, next char '%c'\n", pos, next);
    fclose(f);
    printf("lines %d\n", lines);

    struct stat st;
    CHECK("stat a.txt", stat("sub/a.txt", &st));
    printf("size %lld regular %d dir %d\n", (long long)st.st_size, S_ISREG(st.st_mode) ? 1 : 0,
           S_ISDIR(st.st_mode) ? 1 : 0);
    CHECK("stat sub", stat("sub", &st));
    printf("sub is dir %d\n", S_ISDIR(st.st_mode) ? 1 : 0);

    int fd = open("sub/a.txt", O_RDWR);
    printf("open rdwr %s\n", fd >= 0 ? "ok" : errname(errno));
    char small[8] = {0};
    printf("pread %zd '%.4s'\n", pread(fd, small, 4, 5), small);
    printf("pwrite %zd\n", pwrite(fd, "LINE", 4, 0));
    CHECK("ftruncate 12", ftruncate(fd, 12));
    CHECK("fstat", fstat(fd, &st));
    printf("size after truncate %lld\n", (long long)st.st_size);
    printf("lseek end %lld\n", (long long)lseek(fd, 0, SEEK_END));
    struct timespec times[2] = {{1000000000, 0}, {1234567890, 500}};
    CHECK("futimens", futimens(fd, times));
    CHECK("fstat", fstat(fd, &st));
    printf("mtime %lld.%09ld\n", (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    close(fd);
    f = fopen("sub/a.txt", "r");
    size_t got = fread(buf, 1, sizeof buf - 1, f);
    buf[got] = 0;
    printf("contents now '%s'\n", buf);
    fclose(f);

    CHECK("rename a -> b", rename("sub/a.txt", "sub/b.txt"));
    CHECK("open a.txt", open("sub/a.txt", O_RDONLY));
    CHECK("symlink", symlink("b.txt", "sub/link"));
    ssize_t n = readlink("sub/link", buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    printf("readlink %zd '%s'\n", n, buf);
    CHECK("lstat link", lstat("sub/link", &st));
    printf("link is symlink %d\n", S_ISLNK(st.st_mode) ? 1 : 0);
    CHECK("link b -> c", link("sub/b.txt", "sub/c.txt"));
    CHECK("stat c", stat("sub/c.txt", &st));
    printf("nlink %lld\n", (long long)st.st_nlink);
    f = fopen("sub/link", "r");
    printf("read through link: %s\n", f && fgets(buf, sizeof buf, f) ? buf : "(failed)");
    if (f)
        fclose(f);
    CHECK("mkdir sub/deeper", mkdir("sub/deeper", 0755));

    DIR *d = opendir("sub");
    printf("opendir %s\n", d ? "ok" : errname(errno));
    char *names[32];
    int count = 0;
    struct dirent *de;
    while (d && (de = readdir(d)) && count < 32)
        names[count++] = strdup(de->d_name);
    if (d)
        closedir(d);
    qsort(names, count, sizeof names[0], cmp);
    printf("entries %d:", count);
    for (int i = 0; i < count; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");

    CHECK("rmdir sub (not empty)", rmdir("sub"));
    CHECK("unlink dir", unlink("sub/deeper"));
    CHECK("rmdir sub/deeper", rmdir("sub/deeper"));
    CHECK("unlink link", unlink("sub/link"));
    CHECK("unlink b", unlink("sub/b.txt"));
    CHECK("unlink c", unlink("sub/c.txt"));
    CHECK("unlink c again", unlink("sub/c.txt"));
    CHECK("rmdir sub", rmdir("sub"));
    CHECK("opendir missing", opendir("sub") ? 0 : -1);
    CHECK("lseek stdin pipe", (int)lseek(0, 0, SEEK_CUR));
}

static void clocks_and_random(void) {
    struct timespec a, b, r;
    clock_gettime(CLOCK_MONOTONIC, &a);
    struct timespec nap = {0, 20 * 1000 * 1000};
    nanosleep(&nap, NULL);
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("slept at least 20ms %d\n", ns(b) - ns(a) >= 20000000LL ? 1 : 0);
    clock_gettime(CLOCK_REALTIME, &r);
    printf("realtime after 2020 %d\n", r.tv_sec > 1577836800 ? 1 : 0);
    printf("time() agrees %d\n", (long long)time(NULL) - (long long)r.tv_sec <= 1 ? 1 : 0);
    struct timespec res;
    printf("monotonic resolution ok %d\n",
           clock_getres(CLOCK_MONOTONIC, &res) == 0 && ns(res) > 0 && ns(res) <= 1000000 ? 1 : 0);
    struct timespec cpu;
    printf("cpu clock ok %d\n", clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) == 0 && ns(cpu) > 0 ? 1 : 0);

    unsigned char x[32], y[32];
    int ok = getentropy(x, sizeof x) == 0 && getentropy(y, sizeof y) == 0;
    int zero = 1;
    for (size_t i = 0; i < sizeof x; i++)
        zero &= x[i] == 0;
    printf("random ok %d differs %d\n", ok && !zero ? 1 : 0, memcmp(x, y, sizeof x) != 0 ? 1 : 0);
}

static void standard_streams(void) {
    char line[256];
    int lines = 0;
    size_t bytes = 0;
    while (fgets(line, sizeof line, stdin)) {
        lines++;
        bytes += strlen(line);
    }
    printf("stdin %d lines %zu bytes\n", lines, bytes);
    printf("stdout isatty %d\n", isatty(1));
    fprintf(stderr, "a message on stderr\n");
}

int main(int argc, char **argv) {
    args_and_env(argc, argv);
    files();
    clocks_and_random();
    standard_streams();
    int status = 0;
    if (argc > 1)
        status = atoi(argv[argc - 1]);
    printf("exiting with %d\n", status);
    fflush(stdout);
    return status;
}
