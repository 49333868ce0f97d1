# Hardening (issue 9): the bad-input table (docs/BAD_INPUT.md) end to end through the CLI,
# crash safety of imports killed with SIGKILL, migration backups and atomic exports.
add_library(probematrix_hardening_support STATIC
    ${CMAKE_CURRENT_LIST_DIR}/DatabaseSnapshot.h ${CMAKE_CURRENT_LIST_DIR}/DatabaseSnapshot.cpp)
target_link_libraries(probematrix_hardening_support PUBLIC probematrix_testsupport)

pm_add_test(test_bad_input SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bad_input.cpp LIBS probematrix_hardening_support)
add_dependencies(test_bad_input probematrix-cli)
pm_add_test(test_crash_safety SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_crash_safety.cpp LIBS probematrix_hardening_support)
add_dependencies(test_crash_safety probematrix-cli)
pm_add_test(test_atomic_files SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_atomic_files.cpp LIBS probematrix_hardening_support)
pm_add_test(test_limits SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_limits.cpp LIBS QuaZip::QuaZip)
