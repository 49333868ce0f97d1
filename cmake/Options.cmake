# Every build switch is declared here once, with a line in the feature summary.
include(FeatureSummary)
include(CTest) # declares BUILD_TESTING (ON by default)

option(PROBEMATRIX_BUILD_GUI "Build the Qt Widgets application (OFF: core and CLI only)" ON)
option(PROBEMATRIX_WERROR "Treat compiler warnings as errors (CI)" OFF)
option(PROBEMATRIX_ASAN "Build with AddressSanitizer" OFF)
option(PROBEMATRIX_UBSAN "Build with UndefinedBehaviorSanitizer" OFF)
option(PROBEMATRIX_BENCHMARKS "Build the benchmark programs" ON)
option(PROBEMATRIX_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)

add_feature_info(GUI PROBEMATRIX_BUILD_GUI "the probematrix desktop application")
add_feature_info(Werror PROBEMATRIX_WERROR "warnings are errors")
add_feature_info(ASan PROBEMATRIX_ASAN "AddressSanitizer")
add_feature_info(UBSan PROBEMATRIX_UBSAN "UndefinedBehaviorSanitizer")
add_feature_info(Benchmarks PROBEMATRIX_BENCHMARKS "benchmark programs (bench/)")
add_feature_info(Fuzz PROBEMATRIX_FUZZ "libFuzzer targets (tests/fuzz, scripts/fuzz.sh)")
add_feature_info(Tests BUILD_TESTING "unit, integration and GUI tests")
