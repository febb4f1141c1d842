/*
 * bench-common.h -- clocks and memory figures shared by bench/floor.c and
 * the benchutil Lua module (header-only: static functions).
 */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>


/* Monotonic wall clock, nanoseconds. */
static long long bench_now_ns(void) {
  struct timespec ts;

  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}


/* CPU time of the process (user + system), nanoseconds. */
static long long bench_cpu_ns(void) {
  struct timespec ts;

  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}


/* Current and peak resident set size in bytes: VmRSS and VmHWM from
 * /proc/self/status, else getrusage's ru_maxrss for both. */
static void bench_rss(long long *rss, long long *hwm) {
  char line[256];
  FILE *f = fopen("/proc/self/status", "r");
  long long kb;

  *rss = *hwm = -1;
  if (f != NULL) {
    while (fgets(line, sizeof line, f) != NULL) {
      if (sscanf(line, "VmRSS: %lld kB", &kb) == 1)
        *rss = kb * 1024;
      else if (sscanf(line, "VmHWM: %lld kB", &kb) == 1)
        *hwm = kb * 1024;
    }
    fclose(f);
  }
  if (*rss < 0 || *hwm < 0) {
    struct rusage ru;

    memset(&ru, 0, sizeof ru);
    getrusage(RUSAGE_SELF, &ru);
    *rss = *hwm = (long long)ru.ru_maxrss * 1024;
  }
}

#endif /* BENCH_COMMON_H */
