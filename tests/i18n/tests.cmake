# Translations: complete (no unfinished message) and up to date with the sources. Both
# carry the label i18n. They need lupdate (LinguistTools, found with the GUI).
if(TARGET Qt6::lupdate AND TARGET probematrix_translations)
    list(JOIN PROBEMATRIX_TS_FILES "|" _ts_files) # ";" would split the definition
    list(JOIN PROBEMATRIX_TRANSLATED_DIRS "|" _translated_dirs)
    add_library(probematrix_tsfile STATIC ${CMAKE_CURRENT_LIST_DIR}/TsFile.h ${CMAKE_CURRENT_LIST_DIR}/TsFile.cpp)
    target_link_libraries(probematrix_tsfile PUBLIC ProbeMatrix::options Qt6::Core)

    pm_add_test(test_translations_complete SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_translations_complete.cpp
        LIBS probematrix_tsfile)
    pm_add_test(test_translations_cover_sources SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_translations_cover_sources.cpp
        LIBS probematrix_tsfile)
    foreach(_t test_translations_complete test_translations_cover_sources)
        target_compile_definitions(${_t} PRIVATE
            "PROBEMATRIX_TS_FILES=\"${_ts_files}\""
            "PROBEMATRIX_TRANSLATED_DIRS=\"${_translated_dirs}\""
            "PROBEMATRIX_LUPDATE=\"$<TARGET_FILE:Qt6::lupdate>\"")
        set_tests_properties(${_t} PROPERTIES LABELS i18n)
    endforeach()
endif()

if(TARGET probematrix_i18n)
    pm_add_test(test_language_manager SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_language_manager.cpp
        LIBS probematrix_i18n GUI)
endif()
