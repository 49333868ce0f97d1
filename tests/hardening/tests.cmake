# Hardening (issue 9): the bad-input table (docs/BAD_INPUT.md) end to end through the CLI,
# crash safety of imports killed with SIGKILL, migration backups and atomic exports.
add_library(probematrix_hardening_support STATIC
    ${CMAKE_CURRENT_LIST_DIR}/DatabaseSnapshot.h ${CMAKE_CURRENT_LIST_DIR}/DatabaseSnapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BadInputFiles.h ${CMAKE_CURRENT_LIST_DIR}/BadInputFiles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WriteLockProbe.h ${CMAKE_CURRENT_LIST_DIR}/WriteLockProbe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeededDatabase.h ${CMAKE_CURRENT_LIST_DIR}/SeededDatabase.cpp)
target_link_libraries(probematrix_hardening_support PUBLIC probematrix_testsupport)
target_include_directories(probematrix_hardening_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})

pm_add_test(test_bad_input SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bad_input.cpp LIBS probematrix_hardening_support)
add_dependencies(test_bad_input probematrix-cli)
pm_add_test(test_crash_safety SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_crash_safety.cpp LIBS probematrix_hardening_support)
add_dependencies(test_crash_safety probematrix-cli)
pm_add_test(test_atomic_files SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_atomic_files.cpp LIBS probematrix_hardening_support)
pm_add_test(test_limits SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_limits.cpp LIBS QuaZip::QuaZip)
add_dependencies(test_limits probematrix-cli)

# Crash safety of edits (issue 9): a multi-row edit in a helper process, killed at random points.
qt_add_executable(crash_edit_helper ${CMAKE_CURRENT_LIST_DIR}/crash_edit_helper.cpp)
target_link_libraries(crash_edit_helper PRIVATE ProbeMatrix::core)
pm_add_test(test_crash_edits SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_crash_edits.cpp LIBS probematrix_hardening_support)
target_compile_definitions(test_crash_edits PRIVATE PROBEMATRIX_CRASH_EDIT_HELPER="$<TARGET_FILE:crash_edit_helper>")
add_dependencies(test_crash_edits crash_edit_helper)

# Text from the matrix in rich-text widgets and links (issue 9): shown as text, links from validated parts.
pm_add_test(test_escaping SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_escaping.cpp LIBS ProbeMatrix::ui GUI)

# Formula injection in CSV/TSV exports (issue 15, finding 6).
pm_add_test(test_formula_injection SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_formula_injection.cpp)
add_dependencies(test_formula_injection probematrix-cli)

# Stored plans checked on read, bounded timeline (issue 15, finding 7).
if(TARGET probematrix_report)
    pm_add_test(test_stored_plans SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_stored_plans.cpp LIBS probematrix_report GUI)
    add_dependencies(test_stored_plans probematrix-cli)
endif()

# Hostile files: memory bounded before allocation, devices refused by name, UTF-16 text (issue 15, findings 5 and 9).
pm_add_test(test_hostile_files SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_hostile_files.cpp LIBS QuaZip::QuaZip)
add_dependencies(test_hostile_files probematrix-cli)

# A plan export's suffix before the overwrite question (issue 15, finding 9).
if(TARGET probematrix_plan_ui)
    pm_add_test(test_plan_export_overwrite SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_plan_export_overwrite.cpp LIBS probematrix_plan_ui GUI)
endif()
