// libFuzzer entry point for fuzz_archive: see FuzzInputs.h for what it exercises.
#include "FuzzInputs.h"
#include "HeapBudget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return pm::fuzz::runWithinHeapBudget(pm::fuzz::archiveResponse, data, size);
}
