# The characterisation request (D5.5 2.1): what a scientist asks for, read from and written to JSON.
target_sources(probematrix_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Request.h ${CMAKE_CURRENT_LIST_DIR}/Request.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RequestJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExistingDataUse.h ${CMAKE_CURRENT_LIST_DIR}/ExistingDataUse.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SampleShape.h ${CMAKE_CURRENT_LIST_DIR}/SampleShape.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccessRoute.h ${CMAKE_CURRENT_LIST_DIR}/AccessRoute.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SampleAmount.h ${CMAKE_CURRENT_LIST_DIR}/SampleAmount.cpp
)
