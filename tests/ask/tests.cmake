# Plain-language questions (issue 4).
pm_add_test(test_ask SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ask.cpp)
add_dependencies(test_ask probematrix-cli)
if(TARGET probematrix_askbar)
    pm_add_test(test_askbar SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_askbar.cpp LIBS probematrix_askbar GUI)
endif()
