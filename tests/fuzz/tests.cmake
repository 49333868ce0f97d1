# Replays every saved fuzz crash (regressions/<target>/) and every seed (corpus/<target>/)
# through the same parse functions as the libFuzzer targets, in the normal and the sanitizer
# builds. No libFuzzer needed.
add_library(probematrix_fuzz_replay STATIC ${CMAKE_CURRENT_LIST_DIR}/FuzzInputs.h ${CMAKE_CURRENT_LIST_DIR}/FuzzInputs.cpp)
target_include_directories(probematrix_fuzz_replay PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(probematrix_fuzz_replay PUBLIC ProbeMatrix::core ProbeMatrix::archive)

pm_add_test(test_fuzz_regressions SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_fuzz_regressions.cpp LIBS probematrix_fuzz_replay)
target_compile_definitions(test_fuzz_regressions PRIVATE PROBEMATRIX_FUZZ_DIR="${CMAKE_CURRENT_LIST_DIR}")
