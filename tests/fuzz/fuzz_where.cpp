// libFuzzer entry point for fuzz_where: see FuzzInputs.h for what it exercises.
#include "FuzzInputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pm::fuzz::whereExpressions(pm::fuzz::bytes(data, size));
    return 0;
}
