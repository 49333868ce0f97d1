#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

// A bound on the memory one fuzz input may take, measured on the live heap rather than on the
// process's resident size.
//
// Why not libFuzzer's -rss_limit_mb alone: under ASan the resident size only grows. Freed
// blocks stay in the allocator's size-class caches and in its quarantine, and the shadow of
// every page once touched stays mapped, so a run of ten thousand ordinary 100 KiB inputs
// climbs past 512 MiB with 40 MiB live (CI, issue 15's fuzz run). An RSS bound tight enough to
// catch a real blow-up then fails on a healthy target, and one loose enough to pass hides it.
// The live heap is exact: the sanitizer's malloc/free hooks count every byte allocated while
// one input runs, and the peak above the starting point is what that input cost.
namespace pm::fuzz {

// Installs the hooks (once; a no-op in builds without a sanitizer allocator).
void installHeapHooks();

// Runs before and after one input: begin() marks the starting live size, end() returns the
// peak number of bytes the input held live above it.
void beginInput();
std::size_t endInputPeakBytes();

// The budget a single input may use: 256 MiB, for inputs of at most 256 KiB (fuzz.sh's
// -max_len). The import caps of core/io/Limits.h keep a legitimate input far below it;
// the bundled matrix as TSV peaks near 30 MiB.
constexpr std::size_t kHeapBudgetBytes = std::size_t(256) << 20;

// One libFuzzer input through one parse path, with the budget enforced: over it, the input's
// peak is printed and the process aborts, so libFuzzer saves the input as a crash.
using ParsePath = QString (*)(const QByteArray &);
int runWithinHeapBudget(ParsePath path, const unsigned char *data, std::size_t size);

} // namespace pm::fuzz
