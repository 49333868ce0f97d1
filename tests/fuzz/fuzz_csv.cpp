// libFuzzer entry point for fuzz_csv: see FuzzInputs.h for what it exercises.
#include "FuzzInputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pm::fuzz::importCsv(pm::fuzz::bytes(data, size));
    return 0;
}
