#include "HeapBudget.h"

#include <atomic>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PM_HAVE_SANITIZER_ALLOCATOR 1
#endif
#endif
#if !defined(PM_HAVE_SANITIZER_ALLOCATOR) && defined(__SANITIZE_ADDRESS__)
#define PM_HAVE_SANITIZER_ALLOCATOR 1
#endif

#ifdef PM_HAVE_SANITIZER_ALLOCATOR
#include <sanitizer/allocator_interface.h>
#endif

namespace pm::fuzz {

namespace {
// Signed: a block allocated before beginInput() and freed during the input takes the count
// below its start, which is fine.
std::atomic<long long> live{0};
std::atomic<long long> peak{0};
long long inputStart = 0;

#ifdef PM_HAVE_SANITIZER_ALLOCATOR
void onMalloc(const volatile void *, std::size_t size)
{
    const long long now = live.fetch_add(static_cast<long long>(size), std::memory_order_relaxed)
        + static_cast<long long>(size);
    long long seen = peak.load(std::memory_order_relaxed);
    while (now > seen && !peak.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
    }
}

void onFree(const volatile void *ptr)
{
    if (!ptr)
        return;
    // The hook runs before the block is released, so its size is still known.
    const auto size = __sanitizer_get_allocated_size(const_cast<const void *>(ptr));
    live.fetch_sub(static_cast<long long>(size), std::memory_order_relaxed);
}
#endif
} // namespace

void installHeapHooks()
{
#ifdef PM_HAVE_SANITIZER_ALLOCATOR
    static const bool installed = __sanitizer_install_malloc_and_free_hooks(onMalloc, onFree) != 0;
    (void)installed;
#endif
}

void beginInput()
{
    inputStart = live.load(std::memory_order_relaxed);
    peak.store(inputStart, std::memory_order_relaxed);
}

std::size_t endInputPeakBytes()
{
    const long long top = peak.load(std::memory_order_relaxed);
    return top > inputStart ? static_cast<std::size_t>(top - inputStart) : 0;
}

} // namespace pm::fuzz

#include "FuzzInputs.h"

#include <cstdio>
#include <cstdlib>

namespace pm::fuzz {

namespace {
// PROBEMATRIX_FUZZ_HEAP_BUDGET_MB lowers the budget, to see the check fire on an ordinary seed.
std::size_t budgetBytes()
{
    static const std::size_t budget = [] {
        const char *mb = std::getenv("PROBEMATRIX_FUZZ_HEAP_BUDGET_MB");
        const long value = mb ? std::strtol(mb, nullptr, 10) : 0;
        return value > 0 ? std::size_t(value) << 20 : kHeapBudgetBytes;
    }();
    return budget;
}
} // namespace

int runWithinHeapBudget(ParsePath path, const unsigned char *data, std::size_t size)
{
    installHeapHooks();
    beginInput();
    {
        const QString refusal = path(bytes(data, size));
        (void)refusal;
    }
    const std::size_t used = endInputPeakBytes();
    if (used > budgetBytes()) {
        std::fprintf(stderr,
                     "==HeapBudget== ERROR: one input of %zu bytes held %zu MiB live at its peak "
                     "(budget %zu MiB)\n",
                     size, used >> 20, budgetBytes() >> 20);
        std::abort();
    }
    return 0;
}

} // namespace pm::fuzz
