# Plain-language questions (issue 4).
pm_add_test(test_ask SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ask.cpp)
add_dependencies(test_ask probematrix-cli)
# The generated test half (issue 16), apart from test_ask so that tuning never runs it; the lead
# scores it once and sets its floor (docs/ASK.md).
pm_add_test(test_ask_heldout SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ask_heldout.cpp)
if(TARGET probematrix_askbar)
    pm_add_test(test_askbar SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_askbar.cpp LIBS probematrix_askbar GUI)
endif()
# The bar in the main window (issue 18 §2): clean filter per question, "Refine", campaign sentences.
if(TARGET ProbeMatrix::ui)
    pm_add_test(test_ask_window SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ask_window.cpp LIBS ProbeMatrix::ui GUI)
endif()
