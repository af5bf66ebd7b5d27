// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/DemoStandards.h"

// Demo data, written as a kecamatan writes its standards: in Indonesian,
// whatever the interface language, so these strings are data, not messages.

namespace loket {

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const char kAdminduk[] = "1. Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah "
                         "diubah dengan Undang-Undang Nomor 24 Tahun 2013;\n"
                         "2. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n"
                         "3. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                         "Penduduk dan Pencatatan Sipil;\n"
                         "4. Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan "
                         "Peraturan Presiden Nomor 96 Tahun 2018.";

const char kKecamatan[] = "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n"
                          "2. Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;\n"
                          "3. Peraturan Bupati tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat.";

const char kFreeAdminduk[] = "Pasal 79A Undang-Undang Nomor 24 Tahun 2013: pengurusan dan penerbitan dokumen "
                             "kependudukan tidak dipungut biaya";

const char kFreeKecamatan[] = "Tidak dipungut biaya sesuai Peraturan Bupati tentang Pelimpahan Sebagian Kewenangan "
                              "Bupati kepada Camat";

// The eight internal components read much alike across a kecamatan's services.
void fillInternal(StandardContent &c, const char *legalBasis, const char *staffing, const char *equipment)
{
    c.legalBasis = s(legalBasis);
    c.facilities = s("Ruang tunggu dengan kursi dan pendingin ruangan, mesin antrian, loket pelayanan, ") + s(equipment)
        + s(", toilet, ruang laktasi, kursi roda dan jalur landai bagi penyandang disabilitas, kotak saran.");
    c.competence = s("Pendidikan paling rendah SMA/sederajat; memahami peraturan dan prosedur layanan; mampu "
                     "mengoperasikan komputer dan aplikasi layanan; ramah dan komunikatif.");
    c.internalSupervision = s("Pengawasan melekat oleh Kepala Seksi Pelayanan, dan pengawasan berkala oleh "
                              "Sekretaris Kecamatan dan Camat.");
    c.staffing = s(staffing);
    c.serviceGuarantee = s("Pelayanan diberikan sesuai standar pelayanan yang ditetapkan dan dijamin dengan Maklumat "
                           "Pelayanan; petugas yang melanggar dikenai sanksi sesuai ketentuan.");
    c.securityGuarantee = s("Kerahasiaan data dan dokumen pemohon dijaga; dokumen hanya diserahkan kepada pemohon "
                            "atau kuasanya; ruang pelayanan dilengkapi APAR dan jalur evakuasi.");
    c.performanceEvaluation = s("Evaluasi kinerja pelaksana setiap triwulan melalui rapat evaluasi, capaian waktu "
                                "layanan dari sistem antrian, dan hasil Survei Kepuasan Masyarakat.");
}

QList<ComplaintChannel> channels()
{
    return { { s("SP4N-LAPOR!"), s("www.lapor.go.id / SMS 1708") }, { s("WhatsApp pengaduan"), s("0812-3300-1708") },
        { s("Langsung"), s("Meja pengaduan, Kepala Seksi Pelayanan") },
        { s("Kotak saran"), s("Ruang tunggu pelayanan") } };
}

ProcedureStep step(const char *what, const char *who)
{
    return ProcedureStep { s(what), s(who) };
}

Requirement doc(const char *name, DocumentForm form, int count = 1, const char *notes = "")
{
    return Requirement { s(name), form, count, s(notes) };
}

} // namespace

QStringList demoStandardCodes()
{
    return { QStringLiteral("KTP"), QStringLiteral("KK"), QStringLiteral("KIA"), QStringLiteral("PINDAH"),
        QStringLiteral("SKD"), QStringLiteral("SKTM"), QStringLiteral("AHLIWARIS"), QStringLiteral("LEGAL") };
}

std::optional<StandardContent> demoStandardContent(const QString &code)
{
    const auto O = DocumentForm::Original;
    const auto C = DocumentForm::Copy;
    const QString k = code.trimmed().toUpper();
    StandardContent c;
    c.complaintChannels = channels();
    c.costRupiah = 0;

    if (k == QLatin1String("KTP")) {
        c.requirements = { doc("Fotokopi Kartu Keluarga", C),
            doc("KTP-el lama", O, 1, "untuk penggantian karena rusak atau perubahan data"),
            doc("Surat keterangan kehilangan dari Kepolisian", O, 1, "untuk penggantian karena hilang") };
        c.procedure = { step("Pemohon mengambil nomor antrian dan menyerahkan berkas", "Pemohon"),
            step("Petugas memeriksa kelengkapan berkas dan data di SIAK", "Petugas loket"),
            step("Perekaman foto, sidik jari, iris mata dan tanda tangan", "Operator perekaman"),
            step("Pencetakan KTP-el setelah data terverifikasi", "Operator cetak"),
            step("KTP-el diserahkan kepada pemohon", "Petugas loket") };
        c.serviceTime = ServiceTime { 15, TimeUnit::Minutes };
        c.costLegalBasis = s(kFreeAdminduk);
        c.products = { s("Kartu Tanda Penduduk elektronik (KTP-el)") };
        fillInternal(c, kAdminduk, "3 orang: 1 petugas loket, 1 operator perekaman, 1 operator cetak",
            "alat perekaman KTP-el (kamera, pemindai sidik jari dan iris), printer kartu");
    } else if (k == QLatin1String("KK")) {
        c.requirements = { doc("Surat pengantar RT/RW", O), doc("Fotokopi KTP-el", C),
            doc("Fotokopi buku nikah/akta perkawinan", C, 1, "bagi yang membentuk keluarga baru"),
            doc("Kartu Keluarga lama", O, 1, "untuk perubahan data atau penggantian karena rusak"),
            doc("Surat keterangan pindah", O, 1, "bagi penduduk pindah datang"),
            doc("Fotokopi kutipan akta kelahiran", C, 1, "untuk penambahan anggota keluarga") };
        c.procedure = { step("Pemohon mengambil nomor antrian dan menyerahkan berkas", "Pemohon"),
            step("Petugas memverifikasi dan memvalidasi berkas", "Petugas loket"),
            step("Operator memasukkan perubahan data ke SIAK", "Operator SIAK"),
            step("Kartu Keluarga ditandatangani secara elektronik dan dicetak", "Operator SIAK"),
            step("Kartu Keluarga diserahkan kepada pemohon", "Petugas loket") };
        c.serviceTime = ServiceTime { 1, TimeUnit::WorkingDays };
        c.costLegalBasis = s(kFreeAdminduk);
        c.products = { s("Kartu Keluarga (KK)") };
        fillInternal(c, kAdminduk, "2 orang: 1 petugas loket, 1 operator SIAK", "komputer SIAK, printer");
    } else if (k == QLatin1String("KIA")) {
        c.requirements = { doc("Fotokopi kutipan akta kelahiran anak", C, 1, "dengan menunjukkan aslinya"),
            doc("Fotokopi Kartu Keluarga orang tua", C), doc("Fotokopi KTP-el kedua orang tua/wali", C),
            doc("Pas foto anak berwarna ukuran 2x3", O, 2, "bagi anak usia 5 tahun ke atas") };
        c.procedure = { step("Orang tua mengambil nomor antrian dan menyerahkan berkas", "Pemohon"),
            step("Petugas memeriksa kelengkapan berkas", "Petugas loket"),
            step("Operator menginput data dan mencetak KIA", "Operator SIAK"),
            step("KIA diserahkan kepada orang tua/wali", "Petugas loket") };
        c.serviceTime = ServiceTime { 1, TimeUnit::WorkingDays };
        c.costLegalBasis = s(kFreeAdminduk);
        c.products = { s("Kartu Identitas Anak (KIA)") };
        fillInternal(c,
            "1. Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
            "2006 tentang Administrasi Kependudukan;\n"
            "2. Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak.",
            "2 orang: 1 petugas loket, 1 operator SIAK", "komputer SIAK, printer kartu");
    } else if (k == QLatin1String("PINDAH")) {
        c.requirements = { doc("Kartu Keluarga", O), doc("Fotokopi KTP-el", C), doc("Surat pengantar RT/RW", O),
            doc("Surat Keterangan Pindah dari daerah asal", O, 1, "untuk pindah datang") };
        c.procedure = { step("Pemohon mengambil nomor antrian dan menyerahkan berkas", "Pemohon"),
            step("Petugas memverifikasi berkas dan alamat tujuan", "Petugas loket"),
            step("Operator menerbitkan Surat Keterangan Pindah di SIAK", "Operator SIAK"),
            step("Surat Keterangan Pindah atau KK baru diserahkan kepada pemohon", "Petugas loket") };
        c.serviceTime = ServiceTime { 1, TimeUnit::WorkingDays };
        c.costLegalBasis = s(kFreeAdminduk);
        c.products = { s("Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)"),
            s("Kartu Keluarga baru (pindah datang)") };
        fillInternal(c, kAdminduk, "2 orang: 1 petugas loket, 1 operator SIAK", "komputer SIAK, printer");
    } else if (k == QLatin1String("SKD")) {
        c.requirements
            = { doc("Surat pengantar RT/RW", O), doc("Fotokopi KTP-el", C), doc("Fotokopi Kartu Keluarga", C) };
        c.procedure = { step("Pemohon mengambil nomor antrian dan menyerahkan berkas", "Pemohon"),
            step("Petugas memeriksa berkas dan mengetik surat keterangan", "Petugas loket"),
            step("Surat ditandatangani oleh Camat atau pejabat yang ditunjuk", "Camat/Sekcam"),
            step("Surat keterangan diserahkan kepada pemohon", "Petugas loket") };
        c.serviceTime = ServiceTime { 10, TimeUnit::Minutes };
        c.costLegalBasis = s(kFreeKecamatan);
        c.products = { s("Surat Keterangan Domisili") };
        fillInternal(c, kKecamatan, "2 orang: 1 petugas loket, 1 penandatangan", "komputer, printer");
    } else if (k == QLatin1String("SKTM")) {
        c.requirements
            = { doc("Surat pengantar RT/RW dan surat keterangan dari desa/kelurahan", O), doc("Fotokopi KTP-el", C),
                  doc("Fotokopi Kartu Keluarga", C), doc("Surat pernyataan tidak mampu bermeterai", O) };
        c.procedure = { step("Pemohon mengambil nomor antrian dan menyerahkan berkas", "Pemohon"),
            step("Petugas memeriksa berkas dan data DTKS", "Petugas loket"),
            step("Surat ditandatangani oleh Camat atau pejabat yang ditunjuk", "Camat/Sekcam"),
            step("Surat keterangan diserahkan kepada pemohon", "Petugas loket") };
        c.serviceTime = ServiceTime { 10, TimeUnit::Minutes };
        c.costLegalBasis = s(kFreeKecamatan);
        c.products = { s("Surat Keterangan Tidak Mampu (SKTM)") };
        fillInternal(c, kKecamatan, "2 orang: 1 petugas loket, 1 penandatangan", "komputer, printer");
    } else if (k == QLatin1String("AHLIWARIS")) {
        c.requirements = { doc("Surat pengantar dari desa/kelurahan", O),
            doc("Surat pernyataan ahli waris", O, 1,
                "ditandatangani semua ahli waris dan 2 saksi, diketahui kepala desa/lurah"),
            doc("Fotokopi akta kematian pewaris", C), doc("Fotokopi KTP-el dan Kartu Keluarga seluruh ahli waris", C),
            doc("Fotokopi buku nikah pewaris", C) };
        c.procedure = { step("Pemohon mengambil nomor antrian dan menyerahkan berkas", "Pemohon"),
            step("Petugas memverifikasi berkas dan silsilah ahli waris", "Petugas loket"),
            step("Kepala Seksi Pemerintahan memeriksa dan memaraf", "Kasi Pemerintahan"),
            step("Camat menandatangani surat keterangan ahli waris", "Camat"),
            step("Surat keterangan diserahkan kepada pemohon", "Petugas loket") };
        c.serviceTime = ServiceTime { 3, TimeUnit::WorkingDays };
        c.costLegalBasis = s(kFreeKecamatan);
        c.products = { s("Surat Keterangan Ahli Waris yang dikuatkan Camat") };
        fillInternal(c, kKecamatan, "3 orang: 1 petugas loket, 1 pemeriksa, 1 penandatangan", "komputer, printer");
    } else if (k == QLatin1String("LEGAL")) {
        c.requirements = { doc("Dokumen asli yang akan dilegalisasi", O),
            doc("Fotokopi dokumen yang akan dilegalisasi", C, 5, "paling banyak 5 lembar"),
            doc("Fotokopi KTP-el pemohon", C) };
        c.procedure = { step("Pemohon mengambil nomor antrian dan menyerahkan dokumen", "Pemohon"),
            step("Petugas mencocokkan fotokopi dengan dokumen asli", "Petugas loket"),
            step("Fotokopi dicap dan ditandatangani pejabat yang berwenang", "Camat/Sekcam"),
            step("Dokumen asli dan fotokopi yang telah dilegalisasi dikembalikan", "Petugas loket") };
        c.serviceTime = ServiceTime { 5, TimeUnit::Minutes };
        c.costLegalBasis = s(kFreeKecamatan);
        c.products = { s("Fotokopi dokumen yang telah dilegalisasi") };
        fillInternal(c, kKecamatan, "2 orang: 1 petugas loket, 1 penandatangan", "stempel dinas");
    } else {
        return std::nullopt;
    }
    return c;
}

} // namespace loket
