// libFuzzer entry point for fuzz_notify: see FuzzInputs.h for what it exercises.
#include "FuzzInputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pm::fuzz::notificationPayload(pm::fuzz::bytes(data, size));
    return 0;
}
