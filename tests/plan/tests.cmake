# Plan reports (Graphviz layout, PDF, SVG) and the plan workspace GUI.
if(TARGET probematrix_report)
    pm_add_test(test_plan_report SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_plan_report.cpp LIBS probematrix_report)
    pm_add_test(test_plan_report_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_plan_report_cli.cpp )
    add_dependencies(test_plan_report_cli probematrix-cli)
endif()
if(TARGET probematrix_plan_ui)
    pm_add_test(test_plan_ui SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_plan_ui.cpp LIBS probematrix_plan_ui GUI)
    # It measures that the event loop keeps ticking every 100 ms: alone on the machine, so that
    # another test's threads cannot starve it (2 cores).
    set_tests_properties(test_plan_ui PROPERTIES RUN_SERIAL TRUE)
endif()
