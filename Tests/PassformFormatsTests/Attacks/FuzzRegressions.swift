/// Inputs the fuzz targets in `Tests/Fuzz/` found, as base64, kept as regression tests.
enum FuzzRegressions {
    /// `cv-office`: a DOCX whose central directory points past the end of the data (314 bytes).
    static let cvOfficeOffsetPastEnd = """
        UEsDBBQAAAAIAAAAIQDHHBc8CgAAAAgAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbLMJqSxILda3AwBQSwMEFAAAAAgAAAAhAEzXYcNcAAAAaQAAABEA\
        AAB3b3JkL2RvY3VtZW50LnhtbEXMQQqAIBBA0atEB2iiRQsx72JqJTgz4hjW7XPX8vPg66Y8/xsD1eHBRKLaNl61ZgUg7gpoZeJtbFBLAQIUAxQAAAAI\
        AAAAIQBM12HDXAAAAGkAAAARAAAAAAAAAAAAAACAATsAAAB3b3JkL2RvY3VtZW50LnhtbFBLAQIUAxQAAAAAAAAAIQD+wq25bwAAAG8AAAAUAAAAAAAA\
        AAAAAACAAcYAAAB3b3JkL21lZGlhL2lubmVyLnppcFBLBQYAAAAAAwADAMIAAABnAQAAAAA=
        """
}
