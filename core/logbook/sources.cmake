# The BIG-MAP online notebook: what partners actually measured, to check plans against.
target_sources(probematrix_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Logbook.h ${CMAKE_CURRENT_LIST_DIR}/Logbook.cpp
)
