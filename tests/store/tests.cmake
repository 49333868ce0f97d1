# The store on both backends, and the consortium server (PostgreSQL) behaviours.
# PostgreSQL rows need PROBEMATRIX_TEST_PG_URL (scripts/pg-test-server.sh); without it
# they are skipped, or fail under CI=true.
add_library(probematrix_backendfixture STATIC
    ${CMAKE_CURRENT_LIST_DIR}/BackendFixture.h ${CMAKE_CURRENT_LIST_DIR}/BackendFixture.cpp)
target_link_libraries(probematrix_backendfixture PUBLIC probematrix_testsupport)

pm_add_test(test_store_backends SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_store_backends.cpp LIBS probematrix_backendfixture)
pm_add_test(test_server SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_server.cpp LIBS probematrix_backendfixture)
pm_add_test(test_plan_store SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_plan_store.cpp LIBS probematrix_backendfixture)
# Issue 18: accept, refuse, re-plan; decisions bound to their content; the server's rule.
pm_add_test(test_validation_backends SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_validation_backends.cpp LIBS probematrix_backendfixture)
pm_add_test(test_db_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_db_cli.cpp LIBS probematrix_backendfixture)
add_dependencies(test_db_cli probematrix-cli)
if(TARGET probematrix_connection)
    pm_add_test(test_connection_ui SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_connection_ui.cpp
        LIBS probematrix_backendfixture probematrix_connection GUI)
endif()
pm_add_test(test_role_names SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_role_names.cpp LIBS probematrix_backendfixture)
add_dependencies(test_role_names probematrix-cli)
pm_add_test(test_server_authorship SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_server_authorship.cpp LIBS probematrix_backendfixture)
pm_add_test(test_connection_tls SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_connection_tls.cpp LIBS probematrix_backendfixture)
if(TARGET probematrix_ui)
    pm_add_test(test_edit_conflicts SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_edit_conflicts.cpp LIBS probematrix_backendfixture ProbeMatrix::ui GUI)
    pm_add_test(test_notification_flood SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_notification_flood.cpp LIBS probematrix_backendfixture ProbeMatrix::ui GUI)
    # It measures that the event loop keeps ticking every 100 ms: alone on the machine, so that
    # another test's threads cannot starve it (2 cores).
    set_tests_properties(test_notification_flood PROPERTIES RUN_SERIAL TRUE)
endif()
