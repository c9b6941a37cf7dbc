package vn.reformdesk.io.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;

/**
 * The sample department's 152 procedures (135 provincial, 15 district, 2 commune; 53 fully online), modelled on
 * the procedure list of a provincial Department of Industry and Trade. Names and fields are realistic; codes,
 * fees and processing times are illustrative (the codes follow the national format but are not the real ones).
 * Each procedure carries a relative dossier volume used by {@link SampleDossiers}.
 */
public final class SampleProcedures {
    public static final int FULL_ONLINE = 53;

    static final String QLTM = "Phòng Quản lý thương mại";
    static final String QLCN = "Phòng Quản lý công nghiệp";
    static final String QLNL = "Phòng Quản lý năng lượng";
    static final String KTAT = "Phòng Kỹ thuật an toàn - Môi trường";
    static final String TTKC = "Trung tâm Khuyến công và Xúc tiến thương mại";

    /** A procedure and its relative volume of dossiers in the sample year. */
    public record Entry(Procedure procedure, double weight) {}

    private record Family(String field, String section, String subject, int days, long fee, double weight,
                          OnlineLevel online, boolean paperResult, List<String> verbs) {}

    private static final List<String> CRM = List.of("Cấp", "Cấp lại", "Cấp sửa đổi, bổ sung");
    private static final List<String> CR = List.of("Cấp", "Cấp lại");
    private static final List<String> ONE = List.of("");

    private SampleProcedures() {}

    private static Family f(String field, String section, String subject, int days, long fee, double weight,
                            OnlineLevel online, List<String> verbs) {
        return new Family(field, section, subject, days, fee, weight, online, true, verbs);
    }

    private static List<Family> province() {
        OnlineLevel full = OnlineLevel.FULL, part = OnlineLevel.PARTIAL, none = OnlineLevel.NONE;
        String xttm = "Xúc tiến thương mại", qlct = "Quản lý cạnh tranh", tmqt = "Thương mại quốc tế",
                ltth = "Lưu thông hàng hóa trong nước", khi = "Kinh doanh khí", hc = "Hóa chất",
                vln = "Vật liệu nổ công nghiệp", dien = "Điện", dap = "An toàn đập, hồ chứa thủy điện",
                attp = "An toàn thực phẩm", cn = "Công nghiệp địa phương";
        return List.of(
                f(xttm, QLTM, "Thông báo thực hiện khuyến mại", 0, 0, 6200, full, ONE),
                f(xttm, QLTM, "Thông báo sửa đổi, bổ sung nội dung chương trình khuyến mại", 0, 0, 640, full, ONE),
                f(xttm, QLTM, "Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi thực hiện trên địa bàn"
                        + " 1 tỉnh, thành phố trực thuộc Trung ương", 5, 0, 900, full, ONE),
                f(xttm, QLTM, "Đăng ký sửa đổi, bổ sung nội dung chương trình khuyến mại theo hình thức mang tính"
                        + " may rủi thực hiện trên địa bàn 1 tỉnh, thành phố trực thuộc Trung ương", 5, 0, 110, full, ONE),
                f(xttm, QLTM, "Chấm dứt thực hiện chương trình khuyến mại theo hình thức mang tính may rủi", 3, 0, 12,
                        full, ONE),
                f(xttm, QLTM, "Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam", 7, 0, 85, full, ONE),
                f(xttm, QLTM, "Đăng ký sửa đổi, bổ sung nội dung tổ chức hội chợ, triển lãm thương mại tại Việt Nam",
                        5, 0, 14, full, ONE),
                f(xttm, TTKC, "Hỗ trợ kinh phí thực hiện chương trình xúc tiến thương mại của tỉnh", 20, 0, 6, part, ONE),
                f(qlct, QLTM, "Đăng ký hoạt động bán hàng đa cấp tại địa phương", 10, 0, 22, full, ONE),
                f(qlct, QLTM, "Đăng ký sửa đổi, bổ sung nội dung hoạt động bán hàng đa cấp tại địa phương", 7, 0, 18,
                        full, ONE),
                f(qlct, QLTM, "Chấm dứt hoạt động bán hàng đa cấp tại địa phương", 3, 0, 6, full, ONE),
                f(qlct, QLTM, "Thông báo tổ chức hội nghị, hội thảo, đào tạo về kinh doanh theo phương thức đa cấp",
                        3, 0, 150, full, ONE),
                f(qlct, QLTM, "Đăng ký hợp đồng theo mẫu, điều kiện giao dịch chung", 15, 0, 18, part, ONE),
                f(qlct, QLTM, "Đăng ký lại hợp đồng theo mẫu, điều kiện giao dịch chung", 15, 0, 4, part, ONE),
                f(tmqt, QLTM, "Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam", 7,
                        3_000_000, 55, part, List.of("Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn")),
                f(tmqt, QLTM, "Chấm dứt hoạt động của Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam", 5,
                        0, 4, part, ONE),
                f(tmqt, QLTM, "Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài để thực hiện hoạt"
                        + " động mua bán hàng hóa và các hoạt động liên quan trực tiếp đến mua bán hàng hóa", 10,
                        2_000_000, 30, part, List.of("Cấp", "Cấp lại", "Điều chỉnh")),
                f(tmqt, QLTM, "Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài để thực hiện các"
                        + " dịch vụ khác", 10, 2_000_000, 6, part, List.of("Cấp", "Cấp lại", "Điều chỉnh")),
                f(tmqt, QLTM, "Giấy phép lập cơ sở bán lẻ", 10, 2_000_000, 20, part,
                        List.of("Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn")),
                f(tmqt, QLTM, "Giấy phép lập cơ sở bán lẻ ngoài cơ sở bán lẻ thứ nhất", 15, 2_000_000, 4, part,
                        List.of("Cấp", "Điều chỉnh")),
                f(tmqt, QLTM, "Cấp Giấy phép kinh doanh đồng thời với giấy phép lập cơ sở bán lẻ", 15, 2_000_000, 4,
                        part, ONE),
                f(tmqt, QLTM, "Cho phép cơ sở bán lẻ được tiếp tục hoạt động", 10, 0, 1, part, ONE),
                f(tmqt, QLTM, "Đăng ký dấu nghiệp vụ giám định thương mại", 5, 0, 2, part, ONE),
                f(tmqt, QLTM, "Đăng ký thay đổi, bổ sung dấu nghiệp vụ giám định thương mại", 5, 0, 1, part, ONE),
                f(ltth, QLTM, "Giấy phép bán buôn sản phẩm rượu", 10, 1_200_000, 40, full, CRM),
                f(ltth, QLTM, "Giấy phép sản xuất rượu công nghiệp (quy mô dưới 3 triệu lít/năm)", 15, 1_500_000, 6,
                        part, CRM),
                f(ltth, QLTM, "Giấy phép bán buôn sản phẩm thuốc lá", 15, 1_200_000, 8, full, CRM),
                f(ltth, QLTM, "Giấy chứng nhận đủ điều kiện đầu tư trồng cây thuốc lá", 15, 1_200_000, 2, part, CRM),
                f(ltth, QLTM, "Giấy xác nhận đủ điều kiện làm tổng đại lý kinh doanh xăng dầu", 15, 1_200_000, 5, part,
                        CRM),
                f(ltth, QLTM, "Giấy xác nhận đủ điều kiện làm đại lý bán lẻ xăng dầu", 15, 1_200_000, 15, part, CRM),
                f(ltth, QLTM, "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu", 15, 1_200_000, 210, full, CRM),
                f(ltth, QLTM, "Giấy xác nhận đủ điều kiện làm thương nhân nhận quyền bán lẻ xăng dầu", 15, 1_200_000, 3,
                        part, CRM),
                f(khi, KTAT, "Giấy chứng nhận đủ điều kiện trạm nạp LPG vào chai", 15, 1_200_000, 8, part, CRM),
                f(khi, KTAT, "Giấy chứng nhận đủ điều kiện trạm nạp LPG vào phương tiện vận tải", 15, 1_200_000, 6,
                        part, CRM),
                f(khi, KTAT, "Giấy chứng nhận đủ điều kiện trạm nạp CNG vào phương tiện vận tải", 15, 1_200_000, 1,
                        part, CRM),
                f(khi, KTAT, "Giấy chứng nhận đủ điều kiện trạm nạp LNG vào phương tiện vận tải", 15, 1_200_000, 1,
                        part, CRM),
                f(khi, KTAT, "Giấy chứng nhận đủ điều kiện cửa hàng bán LPG chai", 15, 600_000, 90, full, CRM),
                f(hc, KTAT, "Giấy chứng nhận đủ điều kiện sản xuất hóa chất sản xuất, kinh doanh có điều kiện trong"
                        + " lĩnh vực công nghiệp", 12, 1_200_000, 10, part, CRM),
                f(hc, KTAT, "Giấy chứng nhận đủ điều kiện kinh doanh hóa chất sản xuất, kinh doanh có điều kiện trong"
                        + " lĩnh vực công nghiệp", 12, 1_200_000, 120, full, CRM),
                f(hc, KTAT, "Giấy chứng nhận đủ điều kiện sản xuất và kinh doanh hóa chất sản xuất, kinh doanh có"
                        + " điều kiện trong lĩnh vực công nghiệp", 12, 1_200_000, 15, part, CRM),
                f(hc, KTAT, "Thẩm định Kế hoạch phòng ngừa, ứng phó sự cố hóa chất trong lĩnh vực công nghiệp", 20,
                        3_000_000, 12, part, ONE),
                f(hc, KTAT, "Xác nhận Biện pháp phòng ngừa, ứng phó sự cố hóa chất", 10, 0, 10, part, ONE),
                f(hc, KTAT, "Kiểm tra, cấp Giấy chứng nhận huấn luyện an toàn hóa chất", 5, 0, 60, full, ONE),
                f(vln, KTAT, "Giấy phép sử dụng vật liệu nổ công nghiệp", 10, 5_000_000, 25, part,
                        List.of("Cấp", "Cấp lại", "Điều chỉnh")),
                f(vln, KTAT, "Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp", 5, 0, 180, full, CR),
                f(vln, KTAT, "Giấy chứng nhận huấn luyện kỹ thuật an toàn tiền chất thuốc nổ", 5, 0, 30, full, CR),
                f(vln, KTAT, "Giấy chứng nhận huấn luyện kỹ thuật an toàn cho người quản lý, chỉ huy nổ mìn", 5, 0, 25,
                        full, CR),
                f(dien, QLNL, "Giấy phép hoạt động điện lực trong lĩnh vực phát điện đối với nhà máy điện có quy mô"
                        + " công suất dưới 03 MW đặt tại địa phương", 15, 2_100_000, 6, part, CRM),
                f(dien, QLNL, "Giấy phép hoạt động điện lực trong lĩnh vực phân phối điện đến cấp điện áp 35 kV tại"
                        + " địa phương", 15, 2_100_000, 4, part, CRM),
                f(dien, QLNL, "Giấy phép hoạt động điện lực trong lĩnh vực bán lẻ điện đến cấp điện áp 0,4 kV tại"
                        + " địa phương", 15, 800_000, 10, part, CRM),
                f(dien, QLNL, "Giấy phép hoạt động điện lực trong lĩnh vực tư vấn chuyên ngành điện lực đối với các"
                        + " dự án đường dây và trạm biến áp có cấp điện áp đến 35 kV", 15, 800_000, 12, part, CRM),
                f(dien, QLNL, "Giấy phép hoạt động điện lực trong lĩnh vực tư vấn giám sát thi công các công trình"
                        + " đường dây và trạm biến áp có cấp điện áp đến 35 kV", 15, 800_000, 8, part, CRM),
                f(dien, QLNL, "Thẻ an toàn điện", 3, 0, 100, full, CR),
                f(dien, QLNL, "Thẻ Kiểm tra viên điện lực", 5, 0, 80, full, CR),
                f(dien, QLNL, "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở đối với công trình đường dây"
                        + " và trạm biến áp", 30, 0, 15, none, ONE),
                f(dien, QLNL, "Thẩm định điều chỉnh thiết kế xây dựng công trình đường dây và trạm biến áp", 25, 0, 4,
                        none, ONE),
                f(dien, QLNL, "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng công trình năng lượng", 30, 0, 5,
                        none, ONE),
                f(dien, QLNL, "Thẩm định dự án đầu tư xây dựng công trình đường dây và trạm biến áp", 20, 0, 3, none,
                        ONE),
                f("Năng lượng", QLNL, "Thẩm định kế hoạch sử dụng năng lượng tiết kiệm và hiệu quả của cơ sở sử"
                        + " dụng năng lượng trọng điểm", 15, 0, 3, part, ONE),
                f(dap, QLNL, "Phê duyệt phương án ứng phó thiên tai cho công trình vùng hạ du đập thủy điện", 20, 0, 2,
                        none, ONE),
                f(dap, QLNL, "Phê duyệt phương án ứng phó với tình huống khẩn cấp đập, hồ chứa thủy điện", 20, 0, 2,
                        none, ONE),
                f(dap, QLNL, "Phê duyệt quy trình vận hành hồ chứa thủy điện", 25, 0, 1, none, ONE),
                f(dap, QLNL, "Thẩm định, phê duyệt phương án bảo vệ đập, hồ chứa thủy điện", 20, 0, 1, none, ONE),
                f(attp, KTAT, "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh"
                        + " doanh thực phẩm thuộc thẩm quyền của Sở Công Thương", 20, 2_500_000, 220, full, CR),
                f(attp, KTAT, "Giấy xác nhận kiến thức về an toàn thực phẩm cho tổ chức và cá nhân sản xuất, kinh"
                        + " doanh thực phẩm", 3, 30_000, 180, full, ONE),
                f(cn, QLCN, "Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ thuộc Danh mục sản phẩm"
                        + " công nghiệp hỗ trợ ưu tiên phát triển", 15, 0, 3, part,
                        List.of("Cấp", "Cấp sửa đổi, bổ sung")),
                f(cn, QLCN, "Xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ đối với doanh nghiệp nhỏ và"
                        + " vừa", 15, 0, 2, part, ONE),
                f(cn, QLCN, "Thành lập cụm công nghiệp", 30, 0, 1, none, ONE),
                f(cn, QLCN, "Mở rộng cụm công nghiệp", 30, 0, 1, none, ONE),
                f(cn, QLCN, "Điều chỉnh quy hoạch chi tiết cụm công nghiệp", 25, 0, 1, none, ONE),
                f(cn, TTKC, "Hỗ trợ kinh phí khuyến công địa phương", 20, 0, 8, part, ONE),
                f(cn, TTKC, "Đề nghị hỗ trợ kinh phí chương trình khuyến công quốc gia", 20, 0, 3, part, ONE),
                f(cn, TTKC, "Bình chọn, công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh", 30, 0, 12, part,
                        ONE));
    }

    private static List<Family> district() {
        OnlineLevel part = OnlineLevel.PARTIAL;
        String ltth = "Lưu thông hàng hóa trong nước", cn = "Công nghiệp địa phương", xttm = "Xúc tiến thương mại";
        return List.of(
                f(ltth, QLTM, "Giấy phép bán lẻ rượu", 10, 600_000, 0, part, CRM),
                f(ltth, QLTM, "Giấy phép bán lẻ sản phẩm thuốc lá", 10, 600_000, 0, part, CRM),
                f(ltth, QLTM, "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", 10, 600_000, 0, part, CRM),
                f(ltth, QLTM, "Giấy phép bán rượu tiêu dùng tại chỗ", 10, 600_000, 0, part, CRM),
                f(cn, QLCN, "Hỗ trợ kinh phí khuyến công cấp huyện", 20, 0, 0, part, ONE),
                f(cn, QLCN, "Bình chọn, công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp huyện", 30, 0, 0, part,
                        ONE),
                f(xttm, QLTM, "Tiếp nhận thông báo tổ chức hội chợ, triển lãm thương mại trên địa bàn huyện", 5, 0, 0,
                        part, ONE));
    }

    private static List<Family> commune() {
        String ltth = "Lưu thông hàng hóa trong nước";
        return List.of(
                f(ltth, QLTM, "Đăng ký sản xuất rượu thủ công nhằm mục đích bán cho doanh nghiệp có giấy phép sản"
                        + " xuất rượu để chế biến lại", 7, 0, 0, OnlineLevel.PARTIAL, ONE),
                f(ltth, QLTM, "Thay đổi nội dung đăng ký sản xuất rượu thủ công nhằm mục đích bán cho doanh nghiệp có"
                        + " giấy phép sản xuất rượu để chế biến lại", 7, 0, 0, OnlineLevel.PARTIAL, ONE));
    }

    /** The 152 procedures in code order, with their relative volumes (0 for district and commune ones). */
    public static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        expand(province(), AdminLevel.PROVINCE, "2.000%03d", 101, out);
        expand(district(), AdminLevel.DISTRICT, "1.00%04d", 4301, out);
        expand(commune(), AdminLevel.COMMUNE, "1.00%04d", 5501, out);
        adjustFullOnline(out);
        return out;
    }

    private static void expand(List<Family> families, AdminLevel level, String codeFormat, int firstNumber,
                               List<Entry> out) {
        int n = firstNumber;
        for (Family fam : families) {
            for (String verb : fam.verbs()) {
                String name = verb.isEmpty() ? fam.subject() : verb + " " + fam.subject();
                int days = fam.days();
                long fee = fam.fee();
                double share = 1.0;
                switch (verb) {
                    case "Cấp lại" -> { days = Math.max(3, days / 2); fee = fee / 2; share = 0.22; }
                    case "Gia hạn" -> { days = Math.max(3, days / 2); fee = fee / 2; share = 0.18; }
                    case "Cấp sửa đổi, bổ sung", "Điều chỉnh" -> { days = Math.max(3, days * 2 / 3); fee = fee / 2;
                        share = 0.3; }
                    default -> { }
                }
                String code = String.format(Locale.ROOT, codeFormat, n);
                n += 2;
                Procedure p = new Procedure(null, code, name, fam.field(), level, days, DayUnit.WORKING, fam.online(),
                        fee, fam.paperResult() && fee > 0, fam.section(), SupplementRule.PAUSE, null);
                out.add(new Entry(p, fam.weight() * share));
            }
        }
    }

    /**
     * Re-issues (cấp lại) are the first services a department moves fully online: promote the partial ones, in
     * list order, until exactly {@link #FULL_ONLINE} procedures are fully online.
     */
    private static void adjustFullOnline(List<Entry> out) {
        long full = out.stream().filter(e -> e.procedure().onlineLevel() == OnlineLevel.FULL).count();
        for (int i = 0; i < out.size() && full < FULL_ONLINE; i++) {
            Procedure p = out.get(i).procedure();
            if (p.onlineLevel() == OnlineLevel.PARTIAL && p.level() == AdminLevel.PROVINCE
                    && p.name().startsWith("Cấp lại ")) {
                out.set(i, new Entry(withOnline(p, OnlineLevel.FULL), out.get(i).weight()));
                full++;
            }
        }
        if (full != FULL_ONLINE) throw new IllegalStateException("sample has " + full + " fully online procedures");
    }

    private static Procedure withOnline(Procedure p, OnlineLevel level) {
        return new Procedure(p.id(), p.code(), p.name(), p.field(), p.level(), p.processingDays(), p.dayUnit(), level,
                p.feeVnd(), p.paperResult(), p.section(), p.supplementRule(), p.cutoff());
    }
}
