# The matrix browser (issue 3): models, and the real main window driven headless.
pm_add_test(test_browser_models SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_browser_models.cpp LIBS ProbeMatrix::ui GUI)
pm_add_test(test_browser_window SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_browser_window.cpp LIBS ProbeMatrix::ui GUI)

# Screenshots for the README (docs/images/): run by hand, see scripts/screenshots.sh.
qt_add_executable(browser_screenshots ${CMAKE_CURRENT_LIST_DIR}/browser_screenshots.cpp)
target_link_libraries(browser_screenshots PRIVATE probematrix_testsupport ProbeMatrix::ui)

# The pieces wired into the main window (issues 3, 4, 7, 8): query bar, server, language.
pm_add_test(test_main_window_integration SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_main_window_integration.cpp LIBS ProbeMatrix::ui GUI)
add_dependencies(test_main_window_integration probematrix-cli)

# The bad-input table (docs/BAD_INPUT.md, issue 9) in the app: the dialogs the real main window shows.
pm_add_test(test_bad_input_dialogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bad_input_dialogs.cpp
    LIBS ProbeMatrix::ui probematrix_hardening_support GUI)

# The application binary's own start-up with a bad --db (app/gui/main.cpp).
if(TARGET probematrix)
    pm_add_test(test_app_startup SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_app_startup.cpp LIBS probematrix_hardening_support GUI)
    target_compile_definitions(test_app_startup PRIVATE PROBEMATRIX_APP="$<TARGET_FILE:probematrix>")
    add_dependencies(test_app_startup probematrix)
endif()
