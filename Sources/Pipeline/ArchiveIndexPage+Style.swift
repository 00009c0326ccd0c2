extension ArchiveIndexPage {
    /// The page's CSS.
    ///
    /// Cells never wrap and use tabular figures, so amounts line up and stay whole. Below 480 px the type and
    /// padding shrink and each amount's 원 gives way to one 금액 단위 line, which fits ten-digit totals on a 390 px
    /// phone; anything wider scrolls sideways inside `.scroll` while the date column stays in place.
    static let style = """
        body{margin:0;padding:16px;color:#212121;line-height:1.4;\
        font-family:system-ui,"Apple SD Gothic Neo","Noto Sans CJK KR","NanumGothic",sans-serif}\
        h1{font-size:1.2rem;margin:0 0 4px}p{margin:0 0 12px;color:#616161;font-size:.85rem}\
        .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}\
        table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:.95rem}\
        th,td{padding:6px 10px;text-align:right;white-space:nowrap;border-bottom:1px solid #e0e0e0}\
        th{font-weight:600;color:#424242;background:#f5f5f5}td:first-child,th:first-child{text-align:left;\
        position:sticky;left:0;background:#fff}th:first-child{background:#f5f5f5}a{color:inherit}\
        .up{color:#d32f2f}.down{color:#1565c0}p.unit{display:none}p.note{margin-top:8px}\
        @media (max-width:480px){body{padding:10px 8px}h1{font-size:1.05rem}table{font-size:.8rem}\
        th,td{padding:6px 4px}.won{display:none}p.unit{display:block;margin:0 0 4px;text-align:right}}
        """
}
