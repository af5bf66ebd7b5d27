<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Announcement</name>
    <message>
        <source>The announcement is empty. Write what the board says, with {nomor} where the ticket number goes.</source>
        <translation>Teks pengumuman kosong. Tulis kalimat yang diucapkan layar antrian, dengan {nomor} di tempat nomor antrian.</translation>
    </message>
    <message>
        <source>The announcement does not say the ticket number. Put {nomor} where the number goes.</source>
        <translation>Teks pengumuman tidak menyebutkan nomor antrian. Letakkan {nomor} di tempat nomor itu diucapkan.</translation>
    </message>
    <message>
        <source>The announcement is longer than %1 characters. Shorten it: citizens wait for it.</source>
        <translation>Teks pengumuman lebih dari %1 karakter. Persingkat teksnya: warga menunggu hingga pengumuman selesai.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder Loket knows. Use %2.</source>
        <translation>%1 bukan penanda yang dikenal Loket. Gunakan %2.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>writing the audit log</source>
        <translation>menulis log audit</translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to do this. Ask an administrator or supervisor.</source>
        <translation>%1 (%2) tidak berwenang melakukan tindakan ini. Mintalah bantuan administrator atau supervisor.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>membaca log audit</translation>
    </message>
    <message>
        <source>The kiosk can only issue tickets.</source>
        <translation>Kios hanya dapat memberikan nomor antrean.</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in first, then try again.</source>
        <translation>Belum ada pengguna yang masuk. Masuk dulu, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Sign-in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Priority reasons</source>
        <translation>Alasan prioritas</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Standar pelayanan</translation>
    </message>
    <message>
        <source>Service declaration (Maklumat)</source>
        <translation>Maklumat pelayanan</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Pengguna ditambahkan</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Data pengguna diubah</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diubah</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Pengguna diaktifkan</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Kunci akun dibuka</translation>
    </message>
    <message>
        <source>User list viewed</source>
        <translation>Daftar pengguna dilihat</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>Tiket diambil</translation>
    </message>
    <message>
        <source>Ticket issued at a counter</source>
        <translation>Tiket dibuat di loket</translation>
    </message>
    <message>
        <source>Ticket called</source>
        <translation>Nomor dipanggil</translation>
    </message>
    <message>
        <source>Ticket called out of turn</source>
        <translation>Dipanggil di luar urutan</translation>
    </message>
    <message>
        <source>Ticket called again</source>
        <translation>Nomor dipanggil ulang</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Pelayanan dimulai</translation>
    </message>
    <message>
        <source>Service finished</source>
        <translation>Pelayanan selesai</translation>
    </message>
    <message>
        <source>Citizen did not come</source>
        <translation>Warga tidak hadir</translation>
    </message>
    <message>
        <source>Ticket put on hold</source>
        <translation>Tiket ditunda</translation>
    </message>
    <message>
        <source>Ticket resumed</source>
        <translation>Tiket dilanjutkan</translation>
    </message>
    <message>
        <source>Ticket transferred</source>
        <translation>Tiket dialihkan</translation>
    </message>
    <message>
        <source>Ticket cancelled</source>
        <translation>Tiket dibatalkan</translation>
    </message>
    <message>
        <source>Queue day closed</source>
        <translation>Hari antrean ditutup</translation>
    </message>
    <message>
        <source>Signed in at a counter</source>
        <translation>Masuk di loket</translation>
    </message>
    <message>
        <source>Counter opened</source>
        <translation>Loket dibuka</translation>
    </message>
    <message>
        <source>Counter on a break</source>
        <translation>Loket istirahat</translation>
    </message>
    <message>
        <source>Counter closed</source>
        <translation>Loket ditutup</translation>
    </message>
    <message>
        <source>Counter added</source>
        <translation>Loket ditambahkan</translation>
    </message>
    <message>
        <source>Counter changed</source>
        <translation>Loket diubah</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Layanan ditambahkan</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Layanan diubah</translation>
    </message>
    <message>
        <source>Service switched on or off</source>
        <translation>Layanan diaktifkan/dinonaktifkan</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Unit ditambahkan</translation>
    </message>
    <message>
        <source>Unit renamed</source>
        <translation>Nama unit diubah</translation>
    </message>
    <message>
        <source>Unit switched on or off</source>
        <translation>Unit diaktifkan/dinonaktifkan</translation>
    </message>
    <message>
        <source>Priority reason added</source>
        <translation>Alasan prioritas ditambahkan</translation>
    </message>
    <message>
        <source>Priority reason switched on</source>
        <translation>Alasan prioritas diaktifkan</translation>
    </message>
    <message>
        <source>Priority reason switched off</source>
        <translation>Alasan prioritas dinonaktifkan</translation>
    </message>
    <message>
        <source>Holiday added</source>
        <translation>Hari libur ditambahkan</translation>
    </message>
    <message>
        <source>Holiday removed</source>
        <translation>Hari libur dihapus</translation>
    </message>
    <message>
        <source>Holidays imported</source>
        <translation>Hari libur diimpor</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>Office profile changed</source>
        <translation>Profil kantor diubah</translation>
    </message>
    <message>
        <source>Calendar rule changed</source>
        <translation>Aturan kalender diubah</translation>
    </message>
    <message>
        <source>Queue order rule changed</source>
        <translation>Aturan urutan antrean diubah</translation>
    </message>
    <message>
        <source>Service standards viewed</source>
        <translation>Standar pelayanan dilihat</translation>
    </message>
    <message>
        <source>Standard draft created</source>
        <translation>Draf standar dibuat</translation>
    </message>
    <message>
        <source>Standard draft saved</source>
        <translation>Draf standar disimpan</translation>
    </message>
    <message>
        <source>Standard draft discarded</source>
        <translation>Draf standar dibuang</translation>
    </message>
    <message>
        <source>Standard put in force</source>
        <translation>Standar ditetapkan</translation>
    </message>
    <message>
        <source>Public consultation recorded</source>
        <translation>Konsultasi publik dicatat</translation>
    </message>
    <message>
        <source>Public consultation removed</source>
        <translation>Konsultasi publik dihapus</translation>
    </message>
    <message>
        <source>Standard publication recorded</source>
        <translation>Publikasi standar dicatat</translation>
    </message>
    <message>
        <source>Standard publication removed</source>
        <translation>Publikasi standar dihapus</translation>
    </message>
    <message>
        <source>Standard review recorded</source>
        <translation>Evaluasi standar dicatat</translation>
    </message>
    <message>
        <source>Standard review removed</source>
        <translation>Evaluasi standar dihapus</translation>
    </message>
    <message>
        <source>Service standards imported</source>
        <translation>Standar pelayanan diimpor</translation>
    </message>
    <message>
        <source>Service standards exported</source>
        <translation>Standar pelayanan diekspor</translation>
    </message>
    <message>
        <source>Maklumat saved</source>
        <translation>Maklumat disimpan</translation>
    </message>
    <message>
        <source>Maklumat publication recorded</source>
        <translation>Publikasi maklumat dicatat</translation>
    </message>
    <message>
        <source>Maklumat publication removed</source>
        <translation>Publikasi maklumat dihapus</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>Statistics viewed</source>
        <translation>Statistik dilihat</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>Log audit dilihat</translation>
    </message>
    <message>
        <source>user</source>
        <translation>pengguna</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>tiket</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>loket</translation>
    </message>
    <message>
        <source>service</source>
        <translation>layanan</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>priority reason</source>
        <translation>alasan prioritas</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>hari libur</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standar</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>konsultasi</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publikasi</translation>
    </message>
    <message>
        <source>review</source>
        <translation>evaluasi</translation>
    </message>
    <message>
        <source>maklumat</source>
        <translation>maklumat</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>mengelola pengguna</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>mengubah pengaturan</translation>
    </message>
    <message>
        <source>manage backups</source>
        <translation>mengelola cadangan</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>melihat log audit</translation>
    </message>
    <message>
        <source>serve at a counter</source>
        <translation>melayani di loket</translation>
    </message>
    <message>
        <source>issue tickets</source>
        <translation>membuat tiket</translation>
    </message>
    <message>
        <source>manage the queue</source>
        <translation>mengatur antrean</translation>
    </message>
    <message>
        <source>manage service standards</source>
        <translation>mengelola standar pelayanan</translation>
    </message>
    <message>
        <source>view service standards</source>
        <translation>melihat standar pelayanan</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>melihat laporan</translation>
    </message>
    <message>
        <source>no change needed</source>
        <translation>tidak perlu perubahan</translation>
    </message>
    <message>
        <source>revision needed</source>
        <translation>perlu revisi</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>sudah direvisi</translation>
    </message>
    <message>
        <source>national holiday</source>
        <translation>libur nasional</translation>
    </message>
    <message>
        <source>collective leave</source>
        <translation>cuti bersama</translation>
    </message>
    <message>
        <source>local holiday</source>
        <translation>libur lokal</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>nama pengguna tidak dikenal</translation>
    </message>
    <message>
        <source>wrong password ({attempt} of {max})</source>
        <translation>kata sandi salah ({attempt} dari {max})</translation>
    </message>
    <message>
        <source>wrong password ({attempt} of {max}); account locked until {until}</source>
        <translation>kata sandi salah ({attempt} dari {max}); akun dikunci sampai {until}</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>kata sandi salah</translation>
    </message>
    <message>
        <source>wrong password; the account is disabled</source>
        <translation>kata sandi salah; akun nonaktif</translation>
    </message>
    <message>
        <source>account locked until {until}</source>
        <translation>akun terkunci sampai {until}</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>akun nonaktif</translation>
    </message>
    <message>
        <source>stored password renewed to current protection</source>
        <translation>sandi tersimpan diperbarui ke pengamanan terkini</translation>
    </message>
    <message>
        <source>not allowed to {permission}</source>
        <translation>tidak berhak {permission}</translation>
    </message>
    <message>
        <source>role: {role}</source>
        <translation>peran: {role}</translation>
    </message>
    <message>
        <source>first administrator</source>
        <translation>administrator pertama</translation>
    </message>
    <message>
        <source>not the first administrator: users already exist</source>
        <translation>bukan administrator pertama: sudah ada pengguna</translation>
    </message>
    <message>
        <source>wrong current password</source>
        <translation>kata sandi lama salah</translation>
    </message>
    <message>
        <source>own password changed</source>
        <translation>kata sandi sendiri diubah</translation>
    </message>
    <message>
        <source>password set by an administrator</source>
        <translation>kata sandi diatur oleh administrator</translation>
    </message>
    <message>
        <source>one&apos;s own account</source>
        <translation>akun sendiri</translation>
    </message>
    <message>
        <source>the last active administrator</source>
        <translation>administrator aktif terakhir</translation>
    </message>
    <message>
        <source>the account was locked</source>
        <translation>akun tadinya terkunci</translation>
    </message>
    <message>
        <source>{count} wrong password(s) forgotten</source>
        <translation>hitungan {count} kata sandi salah dihapus</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>role {from_role} → {to_role}</source>
        <translation>peran {from_role} → {to_role}</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>diaktifkan</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>dinonaktifkan</translation>
    </message>
    <message>
        <source>the office is closed on collective leave days</source>
        <translation>kantor tutup pada hari cuti bersama</translation>
    </message>
    <message>
        <source>collective leave days are working days</source>
        <translation>hari cuti bersama adalah hari kerja</translation>
    </message>
    <message>
        <source>the file was refused</source>
        <translation>berkas ditolak</translation>
    </message>
    <message>
        <source>bundled list: {count} added</source>
        <translation>daftar bawaan: {count} ditambahkan</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{file}: {added} ditambahkan, {updated} diperbarui, {unchanged} tetap</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>at most {max} priority tickets in a row; a ticket waiting {minutes} minutes goes first</source>
        <translation>paling banyak {max} tiket prioritas berturut-turut; tiket yang menunggu {minutes} menit didahulukan</translation>
    </message>
    <message>
        <source>services {services}, {date}, {groups} group(s)</source>
        <translation>layanan {services}, {date}, {groups} kelompok</translation>
    </message>
    <message>
        <source>service {service}, {date}: {outcome}</source>
        <translation>layanan {service}, {date}: {outcome}</translation>
    </message>
    <message>
        <source>service {service}, {medium}, {date}</source>
        <translation>layanan {service}, {medium}, {date}</translation>
    </message>
    <message>
        <source>{medium}, {date}</source>
        <translation>{medium}, {date}</translation>
    </message>
    <message>
        <source>from CSV: drafts of {services}</source>
        <translation>dari CSV: draf {services}</translation>
    </message>
    <message>
        <source>first-run setup</source>
        <translation>penyiapan pertama</translation>
    </message>
    <message>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>diubah: {fields}</translation>
    </message>
    <message>
        <source>schema {from} → {to}; the previous database is kept as {kept}</source>
        <translation>skema {from} → {to}; basis data sebelumnya disimpan sebagai {kept}</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (semua)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>berhasil</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>Loket system</source>
        <translation>Sistem Loket</translation>
    </message>
    <message>
        <source>(unknown name)</source>
        <translation>(nama tidak dikenal)</translation>
    </message>
    <message>
        <source>Audit log chain checked</source>
        <translation>Rantai log audit diperiksa</translation>
    </message>
    <message>
        <source>Complaint logged</source>
        <translation>Pengaduan dicatat</translation>
    </message>
    <message>
        <source>Complaint viewed</source>
        <translation>Pengaduan dilihat</translation>
    </message>
    <message>
        <source>Complainant&apos;s identity viewed</source>
        <translation>Identitas pelapor dilihat</translation>
    </message>
    <message>
        <source>Complaint verified</source>
        <translation>Pengaduan diverifikasi</translation>
    </message>
    <message>
        <source>Complaint assigned</source>
        <translation>Pengaduan ditugaskan</translation>
    </message>
    <message>
        <source>Complaint follow-up note</source>
        <translation>Catatan tindak lanjut pengaduan</translation>
    </message>
    <message>
        <source>Complaint response sent</source>
        <translation>Tanggapan pengaduan dikirim</translation>
    </message>
    <message>
        <source>Complaint waiting for the complainant</source>
        <translation>Pengaduan menunggu pelapor</translation>
    </message>
    <message>
        <source>Complaint resumed</source>
        <translation>Pengaduan dilanjutkan</translation>
    </message>
    <message>
        <source>Complaint closed</source>
        <translation>Pengaduan ditutup</translation>
    </message>
    <message>
        <source>Complaint reopened</source>
        <translation>Pengaduan dibuka kembali</translation>
    </message>
    <message>
        <source>Complaint attachment added</source>
        <translation>Lampiran pengaduan ditambahkan</translation>
    </message>
    <message>
        <source>Complaint attachment opened</source>
        <translation>Lampiran pengaduan dibuka</translation>
    </message>
    <message>
        <source>Complaint history chain checked</source>
        <translation>Rantai riwayat pengaduan diperiksa</translation>
    </message>
    <message>
        <source>Complaint report made</source>
        <translation>Laporan pengaduan dibuat</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>pengaduan</translation>
    </message>
    <message>
        <source>assign and close complaints</source>
        <translation>menugaskan dan menutup pengaduan</translation>
    </message>
    <message>
        <source>follow up complaints</source>
        <translation>menindaklanjuti pengaduan</translation>
    </message>
    <message>
        <source>log a complaint</source>
        <translation>mencatat pengaduan</translation>
    </message>
    <message>
        <source>channel {channel}, tier {tier}</source>
        <translation>saluran {channel}, kategori {tier}</translation>
    </message>
    <message>
        <source>step: {event}</source>
        <translation>langkah: {event}</translation>
    </message>
    <message>
        <source>assigned to {assignee}</source>
        <translation>ditugaskan kepada {assignee}</translation>
    </message>
    <message>
        <source>attachment {name}</source>
        <translation>lampiran {name}</translation>
    </message>
    <message>
        <source>the complainant&apos;s identity</source>
        <translation>identitas pelapor</translation>
    </message>
    <message>
        <source>a confidential complainant&apos;s identity</source>
        <translation>identitas pelapor yang dirahasiakan</translation>
    </message>
    <message>
        <source>intact, {count} entries</source>
        <translation>utuh, {count} entri</translation>
    </message>
    <message>
        <source>broken ({count} entries)</source>
        <translation>rusak ({count} entri)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Suggestion boxes</source>
        <translation>Kotak saran</translation>
    </message>
    <message>
        <source>Suggestion box added</source>
        <translation>Kotak saran ditambahkan</translation>
    </message>
    <message>
        <source>Suggestion box changed</source>
        <translation>Kotak saran diubah</translation>
    </message>
    <message>
        <source>Suggestion box opened</source>
        <translation>Kotak saran dibuka</translation>
    </message>
    <message>
        <source>Suggestion box opening changed</source>
        <translation>Pembukaan kotak saran diubah</translation>
    </message>
    <message>
        <source>Suggestion box opening discarded</source>
        <translation>Pembukaan kotak saran dibatalkan</translation>
    </message>
    <message>
        <source>Opening team member or witness added</source>
        <translation>Anggota tim pembuka atau saksi ditambahkan</translation>
    </message>
    <message>
        <source>Opening team member or witness removed</source>
        <translation>Anggota tim pembuka atau saksi dihapus</translation>
    </message>
    <message>
        <source>Suggestion slip recorded</source>
        <translation>Lembar saran dicatat</translation>
    </message>
    <message>
        <source>Suggestion slip changed</source>
        <translation>Lembar saran diubah</translation>
    </message>
    <message>
        <source>Suggestion slip removed</source>
        <translation>Lembar saran dihapus</translation>
    </message>
    <message>
        <source>Suggestion slip scan added</source>
        <translation>Pindaian lembar saran ditambahkan</translation>
    </message>
    <message>
        <source>Suggestion slip scan opened</source>
        <translation>Pindaian lembar saran dibuka</translation>
    </message>
    <message>
        <source>Suggestion box minutes signed</source>
        <translation>Berita acara kotak saran ditandatangani</translation>
    </message>
    <message>
        <source>Suggestion slip decision carried out</source>
        <translation>Keputusan atas lembar saran dilaksanakan</translation>
    </message>
    <message>
        <source>Suggestion box minutes viewed</source>
        <translation>Berita acara kotak saran dilihat</translation>
    </message>
    <message>
        <source>suggestion box</source>
        <translation>kotak saran</translation>
    </message>
    <message>
        <source>suggestion box opening</source>
        <translation>pembukaan kotak saran</translation>
    </message>
    <message>
        <source>suggestion slip</source>
        <translation>lembar saran</translation>
    </message>
    <message>
        <source>open suggestion boxes and sign the minutes</source>
        <translation>membuka kotak saran dan menandatangani berita acara</translation>
    </message>
    <message>
        <source>record suggestion slips</source>
        <translation>mencatat lembar saran</translation>
    </message>
    <message>
        <source>minutes {number}: {slips} slip(s), {complaints} complaint(s) created</source>
        <translation>berita acara {number}: {slips} lembar, {complaints} pengaduan dibuat</translation>
    </message>
    <message>
        <source>slip {number}: {kind}, {decision}</source>
        <translation>lembar {number}: {kind}, {decision}</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei kepuasan masyarakat</translation>
    </message>
    <message>
        <source>Survey question reworded</source>
        <translation>Pertanyaan survei diubah</translation>
    </message>
    <message>
        <source>Survey response entered</source>
        <translation>Jawaban survei dicatat</translation>
    </message>
    <message>
        <source>Survey settings changed</source>
        <translation>Pengaturan survei diubah</translation>
    </message>
    <message>
        <source>Satisfaction index read</source>
        <translation>Indeks kepuasan dibaca</translation>
    </message>
    <message>
        <source>survey question</source>
        <translation>pertanyaan survei</translation>
    </message>
    <message>
        <source>survey response</source>
        <translation>jawaban survei</translation>
    </message>
    <message>
        <source>enter survey responses</source>
        <translation>mencatat jawaban survei</translation>
    </message>
    <message>
        <source>manage the satisfaction survey</source>
        <translation>mengelola survei kepuasan masyarakat</translation>
    </message>
    <message>
        <source>questionnaire version {version}</source>
        <translation>kuesioner versi {version}</translation>
    </message>
    <message>
        <source>channel {channel}, service {service}</source>
        <translation>saluran {channel}, layanan {service}</translation>
    </message>
    <message>
        <source>period {period}, weighting {weighting}</source>
        <translation>periode {period}, pembobotan {weighting}</translation>
    </message>
    <message>
        <source>Ticket handed to the survey screen</source>
        <translation>Tiket diserahkan ke layar survei</translation>
    </message>
    <message>
        <source>from loket {counter}</source>
        <translation>dari loket {counter}</translation>
    </message>
    <message>
        <source>Survey responses imported</source>
        <translation>Jawaban survei diimpor</translation>
    </message>
    <message>
        <source>Survey comment handled</source>
        <translation>Komentar survei ditindaklanjuti</translation>
    </message>
    <message>
        <source>Survey follow-up plan read</source>
        <translation>Rencana tindak lanjut survei dibaca</translation>
    </message>
    <message>
        <source>Survey follow-up item added</source>
        <translation>Butir tindak lanjut survei ditambahkan</translation>
    </message>
    <message>
        <source>Survey follow-up item changed</source>
        <translation>Butir tindak lanjut survei diubah</translation>
    </message>
    <message>
        <source>Survey follow-up item&apos;s status changed</source>
        <translation>Status butir tindak lanjut survei diubah</translation>
    </message>
    <message>
        <source>Survey follow-up item done</source>
        <translation>Butir tindak lanjut survei selesai</translation>
    </message>
    <message>
        <source>Survey result&apos;s publication recorded</source>
        <translation>Publikasi hasil survei dicatat</translation>
    </message>
    <message>
        <source>Survey result&apos;s public forum recorded</source>
        <translation>Forum publik hasil survei dicatat</translation>
    </message>
    <message>
        <source>{count} response(s)</source>
        <translation>{count} jawaban</translation>
    </message>
    <message>
        <source>decision {flag}</source>
        <translation>keputusan {flag}</translation>
    </message>
    <message>
        <source>period {period}, element {element}</source>
        <translation>periode {period}, unsur {element}</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>status {status}</translation>
    </message>
    <message>
        <source>on {medium}</source>
        <translation>di {medium}</translation>
    </message>
    <message>
        <source>forum on {date}</source>
        <translation>forum pada {date}</translation>
    </message>
    <message>
        <source>Satisfaction survey report made</source>
        <translation>Laporan survei kepuasan dibuat</translation>
    </message>
    <message>
        <source>Survey report settings changed</source>
        <translation>Pengaturan laporan survei diubah</translation>
    </message>
    <message>
        <source>Monthly report read</source>
        <translation>Laporan bulanan dibaca</translation>
    </message>
    <message>
        <source>Evaluation self-check read</source>
        <translation>Penilaian mandiri evaluasi dibaca</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>The user name or the password is not correct. Check both and try again.</source>
        <translation>Nama pengguna atau kata sandi tidak benar. Periksa keduanya, lalu coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after too many wrong passwords. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>Akun %1 terkunci karena terlalu banyak salah memasukkan kata sandi. Coba lagi dalam %n menit, atau minta administrator membukanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it again.</source>
        <translation>Akun %1 dinonaktifkan. Minta administrator untuk mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>recording the sign-in</source>
        <translation>mencatat proses masuk</translation>
    </message>
    <message>
        <source>counting a wrong password</source>
        <translation>mencatat kata sandi yang salah</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>No backup file was given.</source>
        <translation>Berkas cadangan belum ditentukan.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist. Check the name and the folder.</source>
        <translation>Berkas cadangan %1 tidak ada. Periksa nama berkas dan foldernya.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a backup file.</source>
        <translation>%1 adalah folder. Pilih berkas cadangan.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read (%2). Check the file&apos;s permissions.</source>
        <translation>Berkas cadangan %1 tidak dapat dibaca (%2). Periksa izin akses berkas tersebut.</translation>
    </message>
    <message>
        <source>%1 is not a Loket backup: it is not a database file (it holds something else or is damaged). Choose a backup made by Loket.</source>
        <translation>%1 bukan cadangan Loket: berkas ini bukan berkas basis data (isinya data lain atau berkasnya rusak). Pilih cadangan yang dibuat oleh Loket.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Loket backup. Choose a backup made by Loket.</source>
        <translation>%1 adalah basis data milik program lain, bukan cadangan Loket. Pilih cadangan yang dibuat oleh Loket.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Loket (schema %2; this version knows up to %3). Install the newer Loket to restore it.</source>
        <translation>Cadangan %1 dibuat oleh Loket versi yang lebih baru (skema %2; versi ini hanya mengenal sampai %3). Pasang Loket versi terbaru untuk memulihkannya.</translation>
    </message>
    <message>
        <source>%1 is a database in use, not a finished backup: part of it is still in %2. Close the program using it (or open it once with Loket), then try again.</source>
        <translation>%1 adalah basis data yang sedang dipakai, bukan cadangan yang sudah selesai: sebagian isinya masih berada di %2. Tutup program yang memakainya (atau buka sekali dengan Loket), lalu coba lagi.</translation>
    </message>
    <message>
        <source>No file was given for the backup.</source>
        <translation>Berkas untuk cadangan belum ditentukan.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the backup.</source>
        <translation>%1 adalah folder. Berikan nama berkas untuk cadangan.</translation>
    </message>
    <message>
        <source>%1 is the database itself. Choose another file for the backup.</source>
        <translation>%1 adalah basis data itu sendiri. Pilih berkas lain untuk cadangan.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or allow replacing it.</source>
        <translation>Berkas %1 sudah ada. Pilih nama lain, atau izinkan berkas itu diganti.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk. Check the disk, then try again.</source>
        <translation>Cadangan %1 tidak dapat ditulis ke disk. Periksa disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The copy for the backup %1 failed its check (%2), so it was not kept. Try again; if this happens again, the disk may be failing.</source>
        <translation>Salinan untuk cadangan %1 tidak lolos pemeriksaan (%2), sehingga tidak disimpan. Coba lagi; jika terjadi lagi, mungkin disk mulai rusak.</translation>
    </message>
    <message>
        <source>schema version %1 instead of %2</source>
        <translation>versi skema %1, bukan %2</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1. Check the folder.</source>
        <translation>Cadangan tidak dapat disimpan sebagai %1. Periksa foldernya.</translation>
    </message>
    <message>
        <source>No database is open to back up.</source>
        <translation>Tidak ada basis data yang terbuka untuk dicadangkan.</translation>
    </message>
    <message>
        <source>The office date for the automatic backup is not valid.</source>
        <translation>Tanggal kantor untuk pencadangan otomatis tidak valid.</translation>
    </message>
    <message>
        <source>The monthly backup %1 could not be saved. Check the folder.</source>
        <translation>Cadangan bulanan %1 tidak dapat disimpan. Periksa foldernya.</translation>
    </message>
    <message>
        <source>No database is open to restore into.</source>
        <translation>Tidak ada basis data terbuka yang dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Other parts of Loket still use the database, so it cannot be replaced now. Close the other pages and windows, then restore again.</source>
        <translation>Bagian lain Loket masih memakai basis data, sehingga basis data belum dapat diganti sekarang. Tutup halaman dan jendela lain, lalu pulihkan lagi.</translation>
    </message>
    <message>
        <source>Another program (process %2) has the database %1 open. Close every Loket window, kiosk, display board and loketctl command using it, then restore again. Nothing was changed.</source>
        <translation>Program lain (proses %2) sedang membuka basis data %1. Tutup setiap jendela Loket, anjungan, layar antrian, dan perintah loketctl yang memakainya, lalu pulihkan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Berkas basis data belum ditentukan.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it. Choose a backup file.</source>
        <translation>%1 adalah basis data itu sendiri, bukan cadangannya. Pilih berkas cadangan.</translation>
    </message>
    <message>
        <source>The copy of the backup beside %1 failed its check (%2). Nothing was changed. Check the disk, then try again.</source>
        <translation>Salinan cadangan di samping %1 tidak lolos pemeriksaan (%2). Tidak ada yang diubah. Periksa disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database %1 could not be moved aside. Nothing was changed. Check the folder&apos;s permissions, then try again.</source>
        <translation>Basis data %1 tidak dapat dipindahkan ke samping. Tidak ada yang diubah. Periksa izin akses folder, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the previous database was put back. Check the folder&apos;s permissions, then try again.</source>
        <translation>Cadangan tidak dapat ditempatkan menggantikan %1; basis data sebelumnya telah dikembalikan. Periksa izin akses folder, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The restored database could not be opened, so the previous database was put back: %1</source>
        <translation>Basis data hasil pemulihan tidak dapat dibuka, sehingga basis data sebelumnya dikembalikan: %1</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created. Check the folder.</source>
        <translation>Berkas cadangan %1 tidak dapat dibuat. Periksa foldernya.</translation>
    </message>
    <message>
        <source>This backup is empty: it has no office, no tickets, no users and no service standards. Restoring it replaces everything in the database with nothing.</source>
        <translation>Cadangan ini kosong: tidak ada kantor, nomor antrian, pengguna, maupun standar pelayanan di dalamnya. Memulihkannya mengganti seluruh isi basis data dengan kekosongan.</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Kantor: %1</translation>
    </message>
    <message>
        <source>(not set up)</source>
        <translation>(belum diatur)</translation>
    </message>
    <message>
        <source>Last ticket day: %1</source>
        <translation>Hari nomor antrian terakhir: %1</translation>
    </message>
    <message>
        <source>(no tickets)</source>
        <translation>(tidak ada nomor antrian)</translation>
    </message>
    <message>
        <source>Tickets: %1; users: %2; services with a standard: %3</source>
        <translation>Nomor antrian: %1; pengguna: %2; layanan yang memiliki standar: %3</translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation>cadangan %1</translation>
    </message>
    <message>
        <source>The backup %1 is damaged. Choose another backup, for example the one of the day before.</source>
        <translation>Cadangan %1 rusak. Pilih cadangan lain, misalnya cadangan hari sebelumnya.</translation>
    </message>
    <message>
        <source>%1 is a database file&apos;s backup: copy it into a new, empty database on the server with &quot;loketctl db copy --from BACKUP --to URL&quot;, then let the PCs use that one (docs/deployment.md).</source>
        <translation>%1 adalah cadangan berkas basis data: salin ke basis data baru yang kosong di server dengan &quot;loketctl db copy --from BACKUP --to URL&quot;, lalu arahkan PC ke basis data itu (docs/deployment.md).</translation>
    </message>
    <message>
        <source>The database %1 already holds a Loket office, and a restore never replaces one. Create a new, empty database on the server (createdb), restore into it, then let the PCs use it (docs/deployment.md). Nothing was changed.</source>
        <translation>Basis data %1 sudah berisi data kantor Loket, dan pemulihan tidak pernah menimpanya. Buat basis data baru yang kosong di server (createdb), pulihkan ke sana, lalu arahkan PC ke basis data itu (docs/deployment.md). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nothing was restored: the database %1 is as it was.</source>
        <translation>Tidak ada yang dipulihkan: basis data %1 tetap seperti semula.</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>reading the opening hours</source>
        <translation>membaca jam buka</translation>
    </message>
    <message>
        <source>reading the holidays</source>
        <translation>membaca daftar hari libur</translation>
    </message>
    <message>
        <source>reading the office&apos;s time zone</source>
        <translation>membaca zona waktu kantor</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>This command needs a user: give --user NAME (the password is read from LOKET_PASSWORD, --password-stdin, or asked for).</source>
        <translation>Perintah ini memerlukan pengguna: berikan --user NAMA (kata sandi dibaca dari LOKET_PASSWORD, --password-stdin, atau ditanyakan).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>Try &quot;loketctl %1 --help&quot;.</source>
        <translation>Coba &quot;loketctl %1 --help&quot;.</translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation>rincian: %1</translation>
    </message>
    <message>
        <source>Warning: other users of this computer can read the database %1 (every citizen&apos;s data and password hashes). Make it private: %2</source>
        <translation>Peringatan: pengguna lain di komputer ini dapat membaca basis data %1 (data setiap warga dan hash kata sandi). Jadikan pribadi: %2</translation>
    </message>
</context>
<context>
    <name>ComplaintLook</name>
    <message>
        <source>clock stopped</source>
        <translation>waktu dihentikan</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>terlambat %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>sisa %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>berhenti</translation>
    </message>
    <message numerus="yes">
        <source>%n WD late</source>
        <comment>working days (hari kerja, HK)</comment>
        <translation>
            <numerusform>lewat %n HK</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n WD left</source>
        <comment>working days (hari kerja, HK)</comment>
        <translation>
            <numerusform>sisa %n HK</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintPrinting</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Complaint receipt</source>
        <translation>Tanda terima pengaduan</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Simpan tanda terima</translation>
    </message>
    <message>
        <source>The ticket printer&apos;s network address is not set.</source>
        <translation>Alamat jaringan printer tiket belum diatur.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: %1

Save it as a PDF instead?</source>
        <translation>Tanda terima tidak dapat dicetak: %1

Simpan sebagai PDF saja?</translation>
    </message>
    <message>
        <source>Response letter</source>
        <translation>Surat tanggapan</translation>
    </message>
    <message>
        <source>Save the response letter</source>
        <translation>Simpan surat tanggapan</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>ComplaintReceipt</name>
    <message>
        <source>COMPLAINT RECEIPT</source>
        <translation>TANDA TERIMA PENGADUAN</translation>
    </message>
    <message>
        <source>Keep this number to ask about the progress of your complaint.</source>
        <translation>Simpan nomor ini untuk menanyakan perkembangan pengaduan Anda.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Kept confidential</source>
        <translation>Dirahasiakan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Batas verifikasi</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>Batas penyelesaian</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Petugas penerima</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Informasi: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintReceiptPdf</name>
    <message>
        <source>Register number</source>
        <translation>Nomor registrasi</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Choose the month of the report (for example 2026-12).</source>
        <translation>Pilih bulan laporan (misalnya 2026-12).</translation>
    </message>
    <message>
        <source>%1 has not begun yet: a report can be made for this month or an earlier one.</source>
        <translation>%1 belum dimulai: laporan dapat dibuat untuk bulan ini atau bulan sebelumnya.</translation>
    </message>
    <message>
        <source>making the complaint report</source>
        <translation>membuat laporan pengaduan</translation>
    </message>
    <message>
        <source>No service named</source>
        <translation>Tanpa layanan</translation>
    </message>
    <message>
        <source>up to 1 × 24 hours</source>
        <translation>≤ 1 × 24 jam</translation>
    </message>
    <message>
        <source>up to 3 × 24 hours</source>
        <translation>≤ 3 × 24 jam</translation>
    </message>
    <message>
        <source>up to 5 × 24 hours</source>
        <translation>≤ 5 × 24 jam</translation>
    </message>
    <message>
        <source>up to 7 × 24 hours</source>
        <translation>≤ 7 × 24 jam</translation>
    </message>
    <message>
        <source>up to 14 × 24 hours</source>
        <translation>≤ 14 × 24 jam</translation>
    </message>
    <message>
        <source>more than 14 × 24 hours</source>
        <translation>lebih dari 14 × 24 jam</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>belum ditanggapi</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>First follow-up</source>
        <translation>Tindak lanjut pertama</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Penyelesaian</translation>
    </message>
</context>
<context>
    <name>ComplaintReportPdf</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Complaint report for %1</source>
        <translation>Laporan Pengaduan Bulan %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <source>Followed up to completion (closed, forwarded or archived)</source>
        <translation>Ditindaklanjuti sampai tuntas (selesai, diteruskan, atau diarsipkan)</translation>
    </message>
    <message>
        <source>Answered (a response sent)</source>
        <translation>Sudah ditanggapi (tanggapan terkirim)</translation>
    </message>
    <message>
        <source>Past the settlement deadline</source>
        <translation>Melewati tenggat penyelesaian</translation>
    </message>
    <message>
        <source>answered after the deadline</source>
        <translation>ditanggapi setelah tenggat</translation>
    </message>
    <message>
        <source>still open past the deadline</source>
        <translation>masih terbuka melewati tenggat</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Menurut saluran</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Menurut jenis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Menurut kategori</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Menurut layanan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>By current state</source>
        <translation>Menurut status saat ini</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time to the first response</source>
        <translation>Waktu sampai tanggapan pertama</translation>
    </message>
    <message>
        <source>Time after receipt</source>
        <translation>Waktu sejak diterima</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Met in time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Missed, open</source>
        <translation>Lewat, terbuka</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Tidak diperlukan</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>% tepat waktu</translation>
    </message>
    <message>
        <source>A complaint counts in the month of the day it was received in the office&apos;s time zone. Response time is the first response minus the moment of receipt. Deadlines are working days; while a complaint waits for the complainant its clock stands still. &quot;In time&quot; is the share of the deadlines met that were met on time.</source>
        <translation>Pengaduan dihitung pada bulan tanggal diterimanya menurut zona waktu kantor. Waktu tanggapan adalah saat tanggapan pertama dikurangi saat pengaduan diterima. Tenggat dihitung dalam hari kerja; selama menunggu pelapor, hitungan waktu dihentikan. &quot;% tepat waktu&quot; adalah bagian tenggat yang dipenuhi tepat waktu dari seluruh tenggat yang sudah dipenuhi.</translation>
    </message>
    <message>
        <source>Complaint handling supervisor</source>
        <translation>Penanggung Jawab Pengelolaan Pengaduan</translation>
    </message>
    <message>
        <source>%1 · %2 · printed %3</source>
        <translation>%1 · %2 · dicetak %3</translation>
    </message>
    <message>
        <source>Received %1 to %2 · state as of %3</source>
        <translation>Diterima %1 s.d. %2 · keadaan per %3</translation>
    </message>
</context>
<context>
    <name>ComplaintReportXlsx</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Complaint report for %1</source>
        <translation>Laporan Pengaduan Bulan %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>State as of</source>
        <translation>Keadaan per</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <source>Followed up to completion (closed, forwarded or archived)</source>
        <translation>Ditindaklanjuti sampai tuntas (selesai, diteruskan, atau diarsipkan)</translation>
    </message>
    <message>
        <source>Answered (a response sent)</source>
        <translation>Sudah ditanggapi (tanggapan terkirim)</translation>
    </message>
    <message>
        <source>Past the settlement deadline</source>
        <translation>Melewati tenggat penyelesaian</translation>
    </message>
    <message>
        <source>Answered after the deadline</source>
        <translation>Ditanggapi setelah tenggat</translation>
    </message>
    <message>
        <source>Still open past the deadline</source>
        <translation>Masih terbuka melewati tenggat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Waktu tanggapan</translation>
    </message>
    <message>
        <source>Time after receipt</source>
        <translation>Waktu sejak diterima</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Met in time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Missed, open</source>
        <translation>Lewat, masih terbuka</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Tidak diperlukan</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>% tepat waktu</translation>
    </message>
</context>
<context>
    <name>ComplaintService</name>
    <message>
        <source>%1 is empty: write it first.</source>
        <translation>%1 masih kosong: isi terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 is too long (at most 20.000 characters).</source>
        <translation>%1 terlalu panjang (paling banyak 20.000 karakter).</translation>
    </message>
    <message>
        <source>Complaint %1 is %2: it cannot be %3 now.</source>
        <translation>Pengaduan %1 berstatus %2: sekarang tidak dapat %3.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Name the office the complaint is forwarded to.</source>
        <translation>Sebutkan instansi tujuan penerusan pengaduan.</translation>
    </message>
    <message>
        <source>The office forwarded to</source>
        <translation>Instansi tujuan penerusan</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>diverifikasi</translation>
    </message>
    <message>
        <source>User %1 does not exist or is disabled.</source>
        <translation>Pengguna %1 tidak ada atau dinonaktifkan.</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the follow-up team: complaints go to follow-up officers or supervisors.</source>
        <translation>%1 (%2) bukan anggota tim tindak lanjut: pengaduan ditugaskan kepada petugas tindak lanjut atau supervisor.</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>ditugaskan</translation>
    </message>
    <message>
        <source>Complaint %1 was just taken by %2.</source>
        <translation>Pengaduan %1 baru saja diambil oleh %2.</translation>
    </message>
    <message>
        <source>Complaint %1 is already assigned to %2.</source>
        <translation>Pengaduan %1 sudah ditugaskan kepada %2.</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>ditindaklanjuti</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>Tanggapan</translation>
    </message>
    <message>
        <source>The letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>ditanggapi</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>dilanjutkan</translation>
    </message>
    <message>
        <source>Complaint %1 has no response yet: send the response first, then close it.</source>
        <translation>Pengaduan %1 belum ditanggapi: kirim tanggapan terlebih dahulu, lalu tutup.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>dibuka kembali</translation>
    </message>
    <message>
        <source>finding complaints to close</source>
        <translation>mencari pengaduan yang harus ditutup</translation>
    </message>
    <message numerus="yes">
        <source>Closed automatically: the complainant did not answer within %n working day(s) of the response.</source>
        <translation>
            <numerusform>Ditutup otomatis: pelapor tidak menjawab dalam %n hari kerja setelah tanggapan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint %1 does not exist.</source>
        <translation>Pengaduan %1 tidak ada.</translation>
    </message>
    <message>
        <source>No complaint has the number %1. Register numbers look like ADU/2026/12/0001.</source>
        <translation>Tidak ada pengaduan bernomor %1. Nomor registrasi berbentuk ADU/2026/12/0001.</translation>
    </message>
    <message>
        <source>Complaint %1 is anonymous: nobody knows who made it.</source>
        <translation>Pengaduan %1 anonim: tidak diketahui siapa pelapornya.</translation>
    </message>
    <message>
        <source>Complaint %1 is confidential: only the follow-up team and supervisors may see who made it.</source>
        <translation>Pengaduan %1 dirahasiakan: hanya tim tindak lanjut dan supervisor yang boleh melihat pelapornya.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 terlalu panjang (%2 karakter; paling banyak %3).</translation>
    </message>
    <message>
        <source>The attachment&apos;s name</source>
        <translation>Nama lampiran</translation>
    </message>
    <message>
        <source>The attachment %1 is empty.</source>
        <translation>Lampiran %1 kosong.</translation>
    </message>
    <message>
        <source>The attachment %1 is too large (%2 KB; at most %3 KB). Scan it at a lower resolution or split it.</source>
        <translation>Lampiran %1 terlalu besar (%2 KB; paling besar %3 KB). Pindai dengan resolusi lebih rendah atau pecah menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>The attachment %1 is not a photo (JPEG, PNG) or a PDF scan.</source>
        <translation>Lampiran %1 bukan foto (JPEG, PNG) atau pindaian PDF.</translation>
    </message>
    <message>
        <source>reading a complaint</source>
        <translation>membaca pengaduan</translation>
    </message>
    <message>
        <source>Write what the complaint is about (the summary).</source>
        <translation>Tuliskan pokok pengaduan (ringkasan).</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>The loss</source>
        <translation>Kerugian</translation>
    </message>
    <message>
        <source>The remedy asked for</source>
        <translation>Penyelesaian yang diminta</translation>
    </message>
    <message>
        <source>The SP4N-LAPOR! number</source>
        <translation>Nomor SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 bukan alamat email.</translation>
    </message>
    <message>
        <source>An anonymous complaint has no name or contact. Leave them out, or mark the complaint confidential to keep the person&apos;s identity secret.</source>
        <translation>Pengaduan anonim tidak memuat nama atau kontak. Kosongkan, atau tandai pengaduan sebagai rahasia agar identitas pelapor dirahasiakan.</translation>
    </message>
    <message>
        <source>%1 is not one of the 14 components of a service standard.</source>
        <translation>%1 bukan salah satu dari 14 komponen standar pelayanan.</translation>
    </message>
    <message>
        <source>The complaint cannot have been received in the future. Check the date and time of receipt.</source>
        <translation>Pengaduan tidak mungkin diterima di masa depan. Periksa tanggal dan jam penerimaan.</translation>
    </message>
    <message>
        <source>The complaint was received more than a year ago. Check the date of receipt.</source>
        <translation>Pengaduan diterima lebih dari setahun lalu. Periksa tanggal penerimaan.</translation>
    </message>
    <message>
        <source>reading the ticket</source>
        <translation>membaca nomor antrian</translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Nomor antrian %1 tidak ada.</translation>
    </message>
    <message>
        <source>reading the service</source>
        <translation>membaca layanan</translation>
    </message>
    <message>
        <source>Service %1 does not exist.</source>
        <translation>Layanan %1 tidak ada.</translation>
    </message>
    <message>
        <source>Complaint %1 is assigned to %2. Only %2 or a supervisor may work on it.</source>
        <translation>Pengaduan %1 ditugaskan kepada %2. Hanya %2 atau supervisor yang boleh menanganinya.</translation>
    </message>
    <message>
        <source>Complaint %1 is %2: reopen it before adding evidence.</source>
        <translation>Pengaduan %1 berstatus %2: buka kembali sebelum menambah bukti.</translation>
    </message>
    <message>
        <source>Complaints can be closed automatically only through a day that has begun (%1 is later than today).</source>
        <translation>Pengaduan hanya dapat ditutup otomatis sampai hari yang sudah dimulai (%1 lebih lambat dari hari ini).</translation>
    </message>
    <message>
        <source>This file is already attached (as %1).</source>
        <translation>Berkas ini sudah dilampirkan (sebagai %1).</translation>
    </message>
    <message>
        <source>%1 is not a phone number: write 5 to 25 digits, spaces, dots or dashes, e.g. 0812 3456 7890.</source>
        <translation>%1 bukan nomor telepon: tulis 5 sampai 25 angka, spasi, titik, atau tanda hubung, misalnya 0812 3456 7890.</translation>
    </message>
    <message>
        <source>Complaint %1 is not assigned yet. Take it (assign it to yourself) or ask a supervisor to assign it, then follow it up.</source>
        <translation>Pengaduan %1 belum ditugaskan. Ambil (tugaskan kepada diri sendiri) atau minta supervisor menugaskannya, lalu tindak lanjuti.</translation>
    </message>
    <message>
        <source>reading a complaint&apos;s history</source>
        <translation>membaca riwayat pengaduan</translation>
    </message>
    <message>
        <source>reading complaints</source>
        <translation>membaca pengaduan</translation>
    </message>
    <message>
        <source>complaint %1: its state is not what its history says</source>
        <translation>pengaduan %1: statusnya tidak sesuai dengan riwayatnya</translation>
    </message>
    <message>
        <source>complaint %1: its state was removed</source>
        <translation>pengaduan %1: statusnya dihapus</translation>
    </message>
</context>
<context>
    <name>ComplaintStore</name>
    <message>
        <source>numbering the complaint</source>
        <translation>memberi nomor pengaduan</translation>
    </message>
    <message>
        <source>reading a complaint</source>
        <translation>membaca pengaduan</translation>
    </message>
    <message>
        <source>saving the complaint</source>
        <translation>menyimpan pengaduan</translation>
    </message>
    <message>
        <source>saving the complainant&apos;s identity</source>
        <translation>menyimpan identitas pelapor</translation>
    </message>
    <message>
        <source>saving the complaint&apos;s history</source>
        <translation>menyimpan riwayat pengaduan</translation>
    </message>
    <message>
        <source>saving the complaint&apos;s state</source>
        <translation>menyimpan status pengaduan</translation>
    </message>
    <message>
        <source>saving an attachment</source>
        <translation>menyimpan lampiran</translation>
    </message>
    <message>
        <source>reading a complaint&apos;s history</source>
        <translation>membaca riwayat pengaduan</translation>
    </message>
    <message>
        <source>reading the complainant&apos;s identity</source>
        <translation>membaca identitas pelapor</translation>
    </message>
    <message>
        <source>reading attachments</source>
        <translation>membaca lampiran</translation>
    </message>
    <message>
        <source>reading an attachment</source>
        <translation>membaca lampiran</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation>Lampiran %1 tidak ada.</translation>
    </message>
    <message>
        <source>reading complaints</source>
        <translation>membaca pengaduan</translation>
    </message>
</context>
<context>
    <name>ComplaintText</name>
    <message>
        <source>In person</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Kotak saran</translation>
    </message>
    <message>
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Aspiration</source>
        <translation>Aspirasi</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Ringan</translation>
    </message>
    <message>
        <source>Normative</source>
        <translation>Normatif</translation>
    </message>
    <message>
        <source>Without oversight content</source>
        <translation>Tidak berkadar pengawasan</translation>
    </message>
    <message>
        <source>With oversight content</source>
        <translation>Berkadar pengawasan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>In follow-up</source>
        <translation>Dalam tindak lanjut</translation>
    </message>
    <message>
        <source>Waiting for the complainant</source>
        <translation>Menunggu pelapor</translation>
    </message>
    <message>
        <source>Response sent</source>
        <translation>Tanggapan terkirim</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Diteruskan</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Catatan tindak lanjut</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Dilanjutkan</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Lampiran ditambahkan</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>Incomplete: waiting for the complainant</source>
        <translation>Belum lengkap: menunggu pelapor</translation>
    </message>
    <message>
        <source>Not our authority: forwarded</source>
        <translation>Bukan kewenangan kami: diteruskan</translation>
    </message>
    <message>
        <source>Closed automatically</source>
        <translation>Ditutup otomatis</translation>
    </message>
    <message>
        <source>%1 (letter %2)</source>
        <translation>%1 (surat %2)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <source>The file %1 is far too large to attach.</source>
        <translation>Berkas %1 terlalu besar untuk dilampirkan.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may open it.</source>
        <translation>Berkas %1 tidak dapat dibaca. Periksa bahwa berkas itu ada dan Anda boleh membukanya.</translation>
    </message>
</context>
<context>
    <name>CounterCatalog</name>
    <message>
        <source>The counter number must be between 1 and %1 (it is %2).</source>
        <translation>Nomor loket harus antara 1 dan %1 (saat ini %2).</translation>
    </message>
    <message>
        <source>The counter name is longer than %1 characters. Shorten it.</source>
        <translation>Nama loket lebih dari %1 karakter. Persingkat namanya.</translation>
    </message>
    <message>
        <source>reading the counters</source>
        <translation>membaca daftar loket</translation>
    </message>
    <message>
        <source>reading a counter</source>
        <translation>membaca data loket</translation>
    </message>
    <message>
        <source>There is no such counter. &quot;loketctl counter list&quot; shows them.</source>
        <translation>Loket tersebut tidak ada. Perintah &quot;loketctl counter list&quot; menampilkan daftar loket.</translation>
    </message>
    <message>
        <source>There is no counter %1. &quot;loketctl counter list&quot; shows the counters.</source>
        <translation>Tidak ada loket %1. Perintah &quot;loketctl counter list&quot; menampilkan daftar loket.</translation>
    </message>
    <message>
        <source>checking the counter</source>
        <translation>memeriksa loket</translation>
    </message>
    <message>
        <source>Counter number %1 is already used by &quot;%2&quot;. Choose another number.</source>
        <translation>Nomor loket %1 sudah dipakai oleh &quot;%2&quot;. Pilih nomor lain.</translation>
    </message>
    <message>
        <source>A service chosen for the counter does not exist (number %1). Choose from the office&apos;s services.</source>
        <translation>Layanan yang dipilih untuk loket ini tidak ada (nomor %1). Pilih dari layanan kantor.</translation>
    </message>
    <message>
        <source>saving the counter&apos;s services</source>
        <translation>menyimpan layanan loket</translation>
    </message>
    <message>
        <source>adding a counter</source>
        <translation>menambah loket</translation>
    </message>
    <message>
        <source>changing a counter</source>
        <translation>mengubah loket</translation>
    </message>
    <message>
        <source>Counter %1 is still open. Close it at the counter first, then deactivate it.</source>
        <translation>Loket %1 masih buka. Tutup loket itu terlebih dahulu, lalu nonaktifkan.</translation>
    </message>
    <message>
        <source>The counter name</source>
        <translation>Nama loket</translation>
    </message>
</context>
<context>
    <name>CounterService</name>
    <message>
        <source>The counter does not exist (any more). Choose another counter.</source>
        <translation>Loket tersebut tidak ada (lagi). Pilih loket lain.</translation>
    </message>
    <message>
        <source>There is no loket %1. Check the counter number in the list of counters.</source>
        <translation>Tidak ada loket %1. Periksa nomor loket di daftar loket.</translation>
    </message>
    <message>
        <source>Nobody is signed in at loket %1. Sign in to it first.</source>
        <translation>Belum ada yang masuk di loket %1. Masuk ke loket itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Loket %1 is staffed by %2. Work at the counter you are signed in at.</source>
        <translation>Loket %1 sedang dilayani oleh %2. Bertugaslah di loket tempat Anda masuk.</translation>
    </message>
    <message>
        <source>Loket %1 is staffed by %2: only they or a supervisor can open, pause or close it.</source>
        <translation>Loket %1 sedang dilayani oleh %2: hanya petugas itu atau supervisor yang dapat membuka, menjeda, atau menutupnya.</translation>
    </message>
    <message>
        <source>saving loket %1</source>
        <translation>menyimpan loket %1</translation>
    </message>
    <message>
        <source>Loket %1 is no longer in use. Ask the administrator to reactivate it.</source>
        <translation>Loket %1 sudah tidak dipakai. Minta administrator untuk mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>Loket %1 is already open.</source>
        <translation>Loket %1 sudah buka.</translation>
    </message>
    <message>
        <source>You are signed in at loket %1. Close it before opening loket %2.</source>
        <translation>Anda sedang masuk di loket %1. Tutup loket itu sebelum membuka loket %2.</translation>
    </message>
    <message>
        <source>Give the reason for pausing loket %1 (for example: prayer break).</source>
        <translation>Berikan alasan menjeda loket %1 (misalnya: istirahat salat).</translation>
    </message>
    <message>
        <source>Loket %1 is already paused.</source>
        <translation>Loket %1 sudah dijeda.</translation>
    </message>
    <message>
        <source>Loket %1 is closed: there is nothing to pause.</source>
        <translation>Loket %1 tutup: tidak ada yang dapat dijeda.</translation>
    </message>
    <message>
        <source>Loket %1 is still busy with ticket %2. Finish it, mark it as not come, or put it on hold before pausing.</source>
        <translation>Loket %1 masih melayani nomor antrian %2. Selesaikan, tandai tidak hadir, atau tunda nomor itu sebelum menjeda loket.</translation>
    </message>
    <message>
        <source>Loket %1 is already closed.</source>
        <translation>Loket %1 sudah tutup.</translation>
    </message>
    <message>
        <source>Loket %1 is still busy with ticket %2. Finish it, mark it as not come, or put it on hold before closing.</source>
        <translation>Loket %1 masih melayani nomor antrian %2. Selesaikan, tandai tidak hadir, atau tunda nomor itu sebelum menutup loket.</translation>
    </message>
    <message>
        <source>Only a person with an account can sign in at a counter.</source>
        <translation>Hanya orang yang memiliki akun yang dapat masuk di loket.</translation>
    </message>
    <message>
        <source>%1 is signed in at loket %2. They must close it first, or a supervisor can take it over.</source>
        <translation>%1 sedang masuk di loket %2. Petugas itu harus menutupnya terlebih dahulu, atau supervisor dapat mengambil alih.</translation>
    </message>
    <message>
        <source>You are signed in at loket %1. Close it before signing in at loket %2.</source>
        <translation>Anda sedang masuk di loket %1. Tutup loket itu sebelum masuk di loket %2.</translation>
    </message>
    <message>
        <source>It opens again on %1 at %2.</source>
        <translation>Kantor buka kembali %1 pukul %2.</translation>
    </message>
    <message>
        <source>Note: today is a holiday (%1) and the office is closed.</source>
        <translation>Perhatian: hari ini hari libur (%1) dan kantor tutup.</translation>
    </message>
    <message>
        <source>Note: the office is closed on %1.</source>
        <translation>Perhatian: kantor tutup pada hari %1.</translation>
    </message>
    <message>
        <source>Note: the office opens at %1 today; it is %2 now.</source>
        <translation>Perhatian: kantor buka pukul %1 hari ini; sekarang pukul %2.</translation>
    </message>
    <message>
        <source>Note: the office closed at %1 today; it is %2 now.</source>
        <translation>Perhatian: kantor sudah tutup pukul %1 hari ini; sekarang pukul %2.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text; nothing was imported. Save it as CSV (UTF-8) and import it again.</source>
        <translation>Berkas bukan teks UTF-8; tidak ada yang diimpor. Simpan sebagai CSV (UTF-8) lalu impor lagi.</translation>
    </message>
    <message>
        <source>Line %1 has %2 field(s) where the header has %3: the line is cut or a field is missing. Nothing was imported; correct the line (put text holding the separator in quotes) and import again.</source>
        <translation>Baris %1 berisi %2 kolom padahal baris judul berisi %3: barisnya terpotong atau ada kolom yang hilang. Tidak ada yang diimpor; perbaiki baris itu (beri tanda kutip pada teks yang memuat pemisah) lalu impor lagi.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed, so the file is cut or a quote is missing. Nothing was imported; add the missing quote (&quot;) and import again.</source>
        <translation>Baris %1: kolom bertanda kutip tidak pernah ditutup, jadi berkasnya terpotong atau ada tanda kutip yang hilang. Tidak ada yang diimpor; tambahkan tanda kutip (&quot;) yang hilang lalu impor lagi.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Visitors per service</source>
        <translation>Pengunjung per layanan</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Click a bar to see that service&apos;s tickets of the month.</source>
        <translation>Klik batang untuk melihat tiket layanan itu pada bulan ini.</translation>
    </message>
    <message>
        <source>Ticket outcomes per service</source>
        <translation>Hasil tiket per layanan</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Pengunjung per hari</translation>
    </message>
    <message>
        <source>Click a day to see its tickets.</source>
        <translation>Klik satu hari untuk melihat tiketnya.</translation>
    </message>
    <message>
        <source>Median service time</source>
        <translation>Median lama layanan</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Service time vs the standard (min)</source>
        <translation>Lama layanan dibanding standar (menit)</translation>
    </message>
    <message>
        <source>IKM per survey period</source>
        <translation>IKM per periode survei</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Berkas basis data belum ditentukan.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it, or choose another location for the database.</source>
        <translation>Folder %1 tidak ada. Buat folder tersebut, atau pilih lokasi lain untuk basis data.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose a file.</source>
        <translation>%1 adalah folder, bukan berkas basis data. Pilih sebuah berkas.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create one with &quot;loketctl init&quot;.</source>
        <translation>Berkas basis data %1 tidak ada. Buat basis data dengan &quot;loketctl init&quot;.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (%2). Check the file&apos;s permissions.</source>
        <translation>Berkas basis data %1 tidak dapat dibaca (%2). Periksa izin akses berkas tersebut.</translation>
    </message>
    <message>
        <source>%1 is not a Loket database (the file holds something else or is damaged). Choose the right file, or restore a backup.</source>
        <translation>%1 bukan basis data Loket (isinya data lain atau berkasnya rusak). Pilih berkas yang benar, atau pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Loket must be able to write to it: ask the administrator to give write permission, or copy it to a writable folder.</source>
        <translation>Berkas basis data %1 hanya dapat dibaca. Loket harus dapat menulis ke berkas itu: minta administrator memberikan izin tulis, atau salin berkas ke folder yang dapat ditulisi.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Loket keeps working files beside the database and must be able to write there: choose a writable folder.</source>
        <translation>Folder %1 hanya dapat dibaca. Loket menyimpan berkas kerja di samping basis data dan harus dapat menulis di sana: pilih folder yang dapat ditulisi.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>membuka basis data</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>memeriksa basis data</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore the most recent backup.</source>
        <translation>Basis data %1 rusak (%2). Pulihkan dari cadangan terbaru.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Loket. Choose the right file.</source>
        <translation>%1 adalah basis data milik program lain, bukan milik Loket. Pilih berkas yang benar.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Loket (schema %2; this version knows up to %3). Install the newer Loket to open it.</source>
        <translation>Basis data %1 dibuat oleh Loket versi yang lebih baru (skema %2; versi ini hanya mengenal sampai %3). Pasang Loket versi terbaru untuk membukanya.</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>memulai perubahan</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>menyimpan perubahan</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (while %2). Nothing was lost of what was saved before: free some space, then try again.</source>
        <translation>Disk tempat %1 berada sudah penuh (saat %2). Data yang sudah disimpan sebelumnya tidak hilang: kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is not a Loket database or is damaged (while %2). Restore the most recent backup.</source>
        <translation>%1 bukan basis data Loket atau berkasnya rusak (saat %2). Pulihkan dari cadangan terbaru.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (while %2): check the file&apos;s permissions.</source>
        <translation>Basis data %1 tidak dapat ditulisi (saat %2): periksa izin akses berkas tersebut.</translation>
    </message>
    <message>
        <source>The change could not be saved: Loket waited %1 seconds for its turn to write while other counters or programs were saving. Nothing of this change was saved; try again. If it keeps happening, an administrator should check which program keeps %2 busy.</source>
        <translation>Perubahan belum tersimpan: Loket sudah menunggu %1 detik untuk giliran menulis, sementara loket atau program lain sedang menyimpan. Tidak ada bagian dari perubahan ini yang tersimpan; silakan coba lagi. Jika terus terjadi, administrator perlu memeriksa program mana yang terus menyibukkan %2.</translation>
    </message>
    <message>
        <source>The database %1 is held by another program that does not let go of it (while %2). Close the other Loket windows or programs using it, then try again.</source>
        <translation>Basis data %1 sedang ditahan oleh program lain yang tidak melepaskannya (saat %2). Tutup jendela Loket atau program lain yang memakainya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The change was refused while %1: the data breaks one of the database&apos;s rules (a value that is not allowed, missing or used twice). Correct the data and try again; the technical detail is in the log.</source>
        <translation>Perubahan ditolak saat %1: data melanggar salah satu aturan basis data (nilai yang tidak diizinkan, kosong, atau dipakai dua kali). Perbaiki datanya lalu coba lagi; rincian teknisnya ada di log.</translation>
    </message>
    <message>
        <source>The database reported an error while %1; nothing of this step was saved. Try again; if it keeps happening, give the log to the administrator.</source>
        <translation>Basis data melaporkan kesalahan saat %1; tidak ada bagian dari langkah ini yang tersimpan. Coba lagi; jika terus terjadi, berikan log kepada administrator.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Loket database yet, and nothing was written to it. Create the database with &quot;loketctl init&quot;, or start the application, which offers to create it.</source>
        <translation>Berkas %1 kosong: belum menjadi basis data Loket, dan tidak ada yang ditulis ke dalamnya. Buat basis datanya dengan &quot;loketctl init&quot;, atau jalankan aplikasi, yang akan menawarkan untuk membuatnya.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created. Check the folder&apos;s permissions and free space.</source>
        <translation>Berkas basis data %1 tidak dapat dibuat. Periksa izin folder dan ruang kosong disk.</translation>
    </message>
    <message>
        <source>The database&apos;s write-ahead log %1 is damaged, and a copy of it could not be kept beside the database, so Loket did not open it (opening it would lose the damaged part for good). Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Log tulis-depan (write-ahead log) basis data %1 rusak, dan salinannya tidak dapat disimpan di samping basis data, sehingga Loket tidak membukanya (membukanya akan menghilangkan bagian yang rusak untuk selamanya). Kosongkan sebagian ruang disk atau periksa izin folder, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This PC cannot use a database server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql). Install it, or use a database file.</source>
        <translation>PC ini tidak dapat memakai server basis data: driver PostgreSQL dari Qt belum terpasang (paket Debian libqt6sql6-psql). Pasang paket itu, atau pakai berkas basis data.</translation>
    </message>
    <message>
        <source>connecting to the database server</source>
        <translation>menghubungi server basis data</translation>
    </message>
    <message>
        <source>The database %1 holds the tables of another program, not of Loket. Choose the right database.</source>
        <translation>Basis data %1 berisi tabel program lain, bukan Loket. Pilih basis data yang benar.</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty: it is not a Loket database yet, and nothing was written to it. Create Loket&apos;s tables with &quot;loketctl db init %1&quot;.</source>
        <translation>Basis data %1 di server masih kosong: belum menjadi basis data Loket, dan tidak ada yang ditulis ke sana. Buat tabel Loket dengan &quot;loketctl db init %1&quot;.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not to Loket. Choose the right database.</source>
        <translation>Basis data %1 milik program lain, bukan Loket. Pilih basis data yang benar.</translation>
    </message>
    <message>
        <source>A database file has no roles: only a database on a server gives the PCs their own role.</source>
        <translation>Berkas basis data tidak mengenal peran (role): hanya basis data di server yang memberi PC peran sendiri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name (lower-case letters, digits, _).</source>
        <translation>&quot;%1&quot; bukan nama peran (huruf kecil, angka, _).</translation>
    </message>
    <message>
        <source>reading the database&apos;s rules</source>
        <translation>membaca aturan basis data</translation>
    </message>
    <message>
        <source>giving the role %1 its rights</source>
        <translation>memberi peran %1 haknya</translation>
    </message>
    <message>
        <source>The database server refused the login of %1 (while %2). Check the user&apos;s password in ~/.pgpass, or ask the administrator whether this PC may connect (pg_hba.conf).</source>
        <translation>Server basis data menolak login %1 (saat %2). Periksa kata sandi pengguna itu di ~/.pgpass, atau tanyakan kepada administrator apakah PC ini boleh terhubung (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The server has no database %1 (while %2). Ask the administrator to create it (docs/deployment.md), then run &quot;loketctl db init&quot;.</source>
        <translation>Server tidak memiliki basis data %1 (saat %2). Minta administrator membuatnya (docs/deployment.md), lalu jalankan &quot;loketctl db init&quot;.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (while %1), or the server cannot be reached: %2. Nothing of this step was saved. Loket connects again by itself when the server is back.</source>
        <translation>Koneksi ke server basis data terputus (saat %1), atau server tidak dapat dihubungi: %2. Tidak ada bagian langkah ini yang tersimpan. Loket terhubung kembali dengan sendirinya begitu server kembali.</translation>
    </message>
    <message>
        <source>The database server kept this change waiting too long for its turn (while %1): other counters were saving. Nothing of this change was saved; try again.</source>
        <translation>Server basis data membuat perubahan ini menunggu giliran terlalu lama (saat %1): loket lain sedang menyimpan. Tidak ada bagian perubahan ini yang tersimpan; coba lagi.</translation>
    </message>
    <message>
        <source>Another PC changed the same records at the same moment (while %1). Nothing of this change was saved; try again.</source>
        <translation>PC lain mengubah data yang sama pada saat yang sama (saat %1). Tidak ada bagian perubahan ini yang tersimpan; coba lagi.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full (while %1). Nothing was lost of what was saved before: the administrator must free some space on the server.</source>
        <translation>Disk server basis data penuh (saat %1). Tidak ada yang hilang dari yang sudah tersimpan: administrator harus mengosongkan sebagian ruang di server.</translation>
    </message>
    <message>
        <source>The database server does not let Loket&apos;s role do this (while %1): the history is append-only, and the schema changes only with &quot;loketctl db init&quot; run by the database&apos;s owner.</source>
        <translation>Server basis data tidak mengizinkan peran Loket melakukan ini (saat %1): riwayat hanya boleh ditambah, dan skema hanya berubah lewat &quot;loketctl db init&quot; yang dijalankan pemilik basis data.</translation>
    </message>
    <message>
        <source>The database server accepts no changes now (while %1): it may be a standby copy. Ask the administrator.</source>
        <translation>Server basis data saat ini tidak menerima perubahan (saat %1): mungkin itu salinan cadangan (standby). Tanyakan kepada administrator.</translation>
    </message>
    <message>
        <source>A server&apos;s database is backed up by the server&apos;s dump.</source>
        <translation>Basis data server dicadangkan dengan dump milik server.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disk penuh.</translation>
    </message>
    <message>
        <source>The copy&apos;s file cannot be written.</source>
        <translation>Berkas salinan tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>membuat cadangan</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>counting the rows of %1</source>
        <translation>menghitung baris %1</translation>
    </message>
    <message>
        <source>The two databases are at different versions of Loket&apos;s schema (%1 and %2): open the older one with this Loket first (&quot;loketctl init&quot; upgrades it), then copy.</source>
        <translation>Kedua basis data berada pada versi skema Loket yang berbeda (%1 dan %2): buka dulu yang lebih lama dengan Loket ini (&quot;loketctl init&quot; memperbaruinya), lalu salin.</translation>
    </message>
    <message>
        <source>The target database has no table %1.</source>
        <translation>Basis data tujuan tidak memiliki tabel %1.</translation>
    </message>
    <message>
        <source>checking the target database</source>
        <translation>memeriksa basis data tujuan</translation>
    </message>
    <message>
        <source>The target database %1 already holds an office (users or tickets). Copy only into a new, empty database (&quot;loketctl db init&quot;); nothing was changed.</source>
        <translation>Basis data tujuan %1 sudah berisi sebuah kantor (pengguna atau tiket). Salin hanya ke basis data baru yang kosong (&quot;loketctl db init&quot;); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>preparing the target database</source>
        <translation>menyiapkan basis data tujuan</translation>
    </message>
    <message>
        <source>The target database&apos;s table %1 has none of its columns.</source>
        <translation>Tabel %1 di basis data tujuan tidak memiliki satu pun kolomnya.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>membaca %1</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>menulis %1</translation>
    </message>
    <message>
        <source>finishing the target database</source>
        <translation>menyelesaikan basis data tujuan</translation>
    </message>
    <message>
        <source>The copy does not match its source: %1. Do not use the target; copy again.</source>
        <translation>Salinan tidak sama dengan sumbernya: %1. Jangan pakai basis data tujuan; salin lagi.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database file was given.</source>
        <translation>Tidak ada berkas basis data yang diberikan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database Loket can use: give a file, or a server as postgresql://user@host:port/database.</source>
        <translation>&quot;%1&quot; bukan basis data yang dapat dipakai Loket: berikan berkas, atau server sebagai postgresql://pengguna@host:port/basisdata.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not valid (%2). Write it as postgresql://user@host:port/database.</source>
        <translation>Alamat basis data &quot;%1&quot; tidak sah (%2). Tulis sebagai postgresql://pengguna@host:port/basisdata.</translation>
    </message>
    <message>
        <source>The database address holds a password. Leave it out: a password on a command line can be read by anyone on this PC. Put it in ~/.pgpass (or the file PGPASSFILE names), or let Loket ask for it.</source>
        <translation>Alamat basis data memuat kata sandi. Hapus kata sandi itu: kata sandi di baris perintah dapat dibaca siapa pun di PC ini. Simpan di ~/.pgpass (atau berkas yang ditunjuk PGPASSFILE), atau biarkan Loket menanyakannya.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; names more than one database. Write it as postgresql://user@host:port/database.</source>
        <translation>Alamat basis data &quot;%1&quot; menyebut lebih dari satu basis data. Tulis sebagai postgresql://pengguna@host:port/basisdata.</translation>
    </message>
    <message>
        <source>The database address has an option Loket does not know: &quot;%1&quot;. Known: %2.</source>
        <translation>Alamat basis data memuat opsi yang tidak dikenal Loket: &quot;%1&quot;. Yang dikenal: %2.</translation>
    </message>
    <message>
        <source>The option %1 of the database address has a value Loket cannot pass on: &quot;%2&quot;.</source>
        <translation>Opsi %1 pada alamat basis data bernilai yang tidak dapat diteruskan Loket: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; names no server, no database and no service. Write it as postgresql://user@host:port/database, or postgresql:///?service=name.</source>
        <translation>Alamat basis data &quot;%1&quot; tidak menyebut server, basis data, maupun layanan. Tulis sebagai postgresql://pengguna@host:port/basisdata, atau postgresql:///?service=nama.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>EscPosEncoder</name>
    <message>
        <source>The ticket has no number, so it cannot be printed.</source>
        <translation>Nomor antrian tidak memiliki nomor, sehingga tidak dapat dicetak.</translation>
    </message>
    <message>
        <source>The QR code content is too long to print readably on this paper. Use a shorter text or link.</source>
        <translation>Isi kode QR terlalu panjang untuk dicetak dengan jelas pada kertas ini. Gunakan teks atau tautan yang lebih pendek.</translation>
    </message>
    <message>
        <source>The slip has nothing to print.</source>
        <translation>Slip ini tidak berisi apa pun untuk dicetak.</translation>
    </message>
</context>
<context>
    <name>EvaluationCheck</name>
    <message>
        <source>%1 of %2 services</source>
        <translation>%1 dari %2 layanan</translation>
    </message>
    <message>
        <source>Service standards with all 14 components</source>
        <translation>Standar pelayanan dengan 14 komponen lengkap</translation>
    </message>
    <message>
        <source>Fill in the missing components of the other services&apos; standards.</source>
        <translation>Lengkapi komponen yang belum diisi pada standar layanan lainnya.</translation>
    </message>
    <message>
        <source>Standards set by a decree (SK)</source>
        <translation>Standar ditetapkan dengan SK</translation>
    </message>
    <message>
        <source>Set the standards still in draft with a decree.</source>
        <translation>Tetapkan standar yang masih berupa draf dengan SK.</translation>
    </message>
    <message>
        <source>Public consultation (forum konsultasi publik) held</source>
        <translation>Forum konsultasi publik telah dilaksanakan</translation>
    </message>
    <message>
        <source>Hold and record a public consultation for the other services.</source>
        <translation>Laksanakan dan catat forum konsultasi publik untuk layanan lainnya.</translation>
    </message>
    <message>
        <source>Standards published on 4 or more media and on SIPPN</source>
        <translation>Standar dipublikasikan di 4 media atau lebih dan di SIPPN</translation>
    </message>
    <message>
        <source>%1 on SIPPN</source>
        <translation>%1 di SIPPN</translation>
    </message>
    <message>
        <source>Publish the standards on more media and on SIPPN, and record each publication.</source>
        <translation>Publikasikan standar di lebih banyak media dan di SIPPN, dan catat setiap publikasi.</translation>
    </message>
    <message numerus="yes">
        <source>Standards reviewed within the last %n month(s)</source>
        <translation>
            <numerusform>Standar direviu dalam %n bulan terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the standards that are due and record the review.</source>
        <translation>Lakukan reviu standar yang sudah jatuh tempo dan catat reviunya.</translation>
    </message>
    <message>
        <source>Maklumat Pelayanan signed and published</source>
        <translation>Maklumat Pelayanan ditandatangani dan dipublikasikan</translation>
    </message>
    <message numerus="yes">
        <source>signed; published on %n medium/media</source>
        <translation>
            <numerusform>ditandatangani; dipublikasikan di %n media</numerusform>
        </translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>belum ditandatangani</translation>
    </message>
    <message>
        <source>Record the Maklumat&apos;s decree and where it is published.</source>
        <translation>Catat SK Maklumat dan tempat publikasinya.</translation>
    </message>
    <message>
        <source>Satisfaction survey (SKM) done in the last twelve months</source>
        <translation>Survei kepuasan masyarakat (SKM) dilaksanakan dalam dua belas bulan terakhir</translation>
    </message>
    <message>
        <source>%1: %2 respondents, sample %3</source>
        <translation>%1: %2 responden, sampel %3</translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation>cukup</translation>
    </message>
    <message>
        <source>not yet sufficient</source>
        <translation>belum cukup</translation>
    </message>
    <message>
        <source>no responses</source>
        <translation>belum ada responden</translation>
    </message>
    <message>
        <source>Run the survey until the sample is sufficient.</source>
        <translation>Lanjutkan survei sampai sampelnya cukup.</translation>
    </message>
    <message>
        <source>SKM result published on 4 or more media</source>
        <translation>Hasil SKM dipublikasikan di 4 media atau lebih</translation>
    </message>
    <message numerus="yes">
        <source>%n medium/media</source>
        <translation>
            <numerusform>%n media</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the survey&apos;s result and record each medium.</source>
        <translation>Publikasikan hasil survei dan catat setiap medianya.</translation>
    </message>
    <message>
        <source>SKM follow-up plan done</source>
        <translation>Rencana tindak lanjut SKM dilaksanakan</translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation>%1 dari %2 butir selesai</translation>
    </message>
    <message>
        <source>Plan the follow-up of the weakest elements and record each item when done.</source>
        <translation>Rencanakan tindak lanjut unsur yang terlemah dan catat setiap butir saat selesai.</translation>
    </message>
    <message>
        <source>Complaint channels in use</source>
        <translation>Saluran pengaduan yang digunakan</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) used in the last twelve months</source>
        <translation>
            <numerusform>%n saluran digunakan dalam dua belas bulan terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Open and announce more channels (WhatsApp, SP4N-LAPOR!, the suggestion box) and log every complaint.</source>
        <translation>Buka dan umumkan lebih banyak saluran (WhatsApp, SP4N-LAPOR!, kotak saran) dan catat setiap pengaduan.</translation>
    </message>
    <message>
        <source>Complaints followed up to completion (90 % or more)</source>
        <translation>Pengaduan ditindaklanjuti sampai selesai (90 % atau lebih)</translation>
    </message>
    <message>
        <source>no complaints logged in the last twelve months</source>
        <translation>tidak ada pengaduan tercatat dalam dua belas bulan terakhir</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 dari %2 (%3 %)</translation>
    </message>
    <message>
        <source>Log the complaints the office receives, so their follow-up can be shown.</source>
        <translation>Catat pengaduan yang diterima kantor, agar tindak lanjutnya dapat ditunjukkan.</translation>
    </message>
    <message>
        <source>Complete the follow-up of the open complaints.</source>
        <translation>Selesaikan tindak lanjut pengaduan yang masih terbuka.</translation>
    </message>
    <message>
        <source>Complaints answered within 1×24 hours</source>
        <translation>Pengaduan dijawab dalam 1×24 jam</translation>
    </message>
    <message>
        <source>Answer each complaint within a day of receiving it.</source>
        <translation>Jawab setiap pengaduan dalam satu hari sejak diterima.</translation>
    </message>
    <message>
        <source>Suggestion box opened every month with minutes</source>
        <translation>Kotak saran dibuka setiap bulan dengan berita acara</translation>
    </message>
    <message numerus="yes">
        <source>%n signed opening(s) in the last three months</source>
        <translation>
            <numerusform>%n pembukaan bertanda tangan dalam tiga bulan terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the boxes each month in front of witnesses and sign the minutes.</source>
        <translation>Buka kotak saran setiap bulan di hadapan saksi dan tandatangani berita acaranya.</translation>
    </message>
    <message>
        <source>Queue system in use</source>
        <translation>Sistem antrian digunakan</translation>
    </message>
    <message>
        <source>%1 tickets in the last 30 days</source>
        <translation>%1 tiket dalam 30 hari terakhir</translation>
    </message>
    <message>
        <source>Issue every visitor a ticket at the kiosk or the counter.</source>
        <translation>Berikan tiket kepada setiap pengunjung di kios atau di loket.</translation>
    </message>
    <message>
        <source>Priority service for vulnerable groups</source>
        <translation>Pelayanan prioritas bagi kelompok rentan</translation>
    </message>
    <message>
        <source>%1 priority reasons; %2 priority visitors served in the last twelve months</source>
        <translation>%1 alasan prioritas; %2 pengunjung prioritas dilayani dalam dua belas bulan terakhir</translation>
    </message>
    <message>
        <source>Give lansia, penyandang disabilitas, ibu hamil and ibu dengan anak a priority ticket and record the reason.</source>
        <translation>Berikan tiket prioritas kepada lansia, penyandang disabilitas, ibu hamil, dan ibu dengan anak, dan catat alasannya.</translation>
    </message>
    <message>
        <source>reading the complaints of the last twelve months</source>
        <translation>membaca pengaduan dua belas bulan terakhir</translation>
    </message>
    <message>
        <source>reading the suggestion-box openings</source>
        <translation>membaca pembukaan kotak saran</translation>
    </message>
    <message>
        <source>reading the tickets of the last 30 days</source>
        <translation>membaca tiket 30 hari terakhir</translation>
    </message>
    <message>
        <source>reading the priority reasons</source>
        <translation>membaca alasan prioritas</translation>
    </message>
    <message>
        <source>reading the priority visitors served</source>
        <translation>membaca pengunjung prioritas yang dilayani</translation>
    </message>
</context>
<context>
    <name>EvaluationPdf</name>
    <message>
        <source>SELF-CHECK FOR THE PUBLIC SERVICE EVALUATION</source>
        <translation>SWA-PERIKSA KESIAPAN EVALUASI PELAYANAN PUBLIK</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Sebagian</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>As held by Loket on %1</source>
        <translation>Menurut data Loket per %1</translation>
    </message>
    <message>
        <source>Of the %1 points the PEKPPP and Ombudsman evaluators look at, %2 are met, %3 partly and %4 missing. The last column says what remains to be done before their visit.</source>
        <translation>Dari %1 butir yang dinilai evaluator PEKPPP dan Ombudsman, %2 terpenuhi, %3 sebagian, dan %4 belum ada. Kolom terakhir menyebutkan apa yang masih perlu dilakukan sebelum kunjungan mereka.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>What is looked at</source>
        <translation>Yang dinilai</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence in Loket</source>
        <translation>Bukti di Loket</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Evaluation self-check %1 · %2</source>
        <translation>Swa-periksa evaluasi %1 · %2</translation>
    </message>
</context>
<context>
    <name>HashChain</name>
    <message>
        <source>the anchor in the settings</source>
        <translation>jangkar di pengaturan</translation>
    </message>
    <message>
        <source>recording the end of the audit log chain</source>
        <translation>mencatat ujung rantai log audit</translation>
    </message>
    <message>
        <source>intact: %1 entries</source>
        <translation>utuh: %1 entri</translation>
    </message>
    <message>
        <source>broken at entry %1 (%2, %3): it was changed after it was written</source>
        <translation>rusak di entri %1 (%2, %3): entri ini diubah setelah ditulis</translation>
    </message>
    <message>
        <source>broken at entry %1 (%2, %3): entries before it were removed</source>
        <translation>rusak di entri %1 (%2, %3): entri sebelumnya dihapus</translation>
    </message>
    <message>
        <source>broken at entry %1 (%2, %3): it was added outside Loket</source>
        <translation>rusak di entri %1 (%2, %3): entri ini ditambahkan di luar Loket</translation>
    </message>
    <message>
        <source>broken at entry %1 (%2, %3): it is dated before the entry preceding it</source>
        <translation>rusak di entri %1 (%2, %3): waktunya lebih awal daripada entri sebelumnya</translation>
    </message>
    <message>
        <source>broken at its end: %1 recorded %2 entries, the log now ends after %3 entries; the newest entries were removed</source>
        <translation>rusak di ujungnya: %1 mencatat %2 entri, kini log berakhir setelah %3 entri; entri terbaru dihapus</translation>
    </message>
    <message>
        <source>reading the end of the %1 chain</source>
        <translation>membaca ujung rantai %1</translation>
    </message>
    <message>
        <source>The %1 table could not be read to check its chain. See the log for the details.</source>
        <translation>Tabel %1 tidak dapat dibaca untuk memeriksa rantainya. Lihat log untuk rinciannya.</translation>
    </message>
    <message>
        <source>chaining the %1 table</source>
        <translation>merangkai tabel %1</translation>
    </message>
    <message>
        <source>recording the end of the complaint history chain</source>
        <translation>mencatat ujung rantai riwayat pengaduan</translation>
    </message>
    <message>
        <source>checking the complaints</source>
        <translation>memeriksa pengaduan</translation>
    </message>
    <message>
        <source>complaint %1</source>
        <translation>pengaduan %1</translation>
    </message>
    <message>
        <source>complaint %1, attachment %2</source>
        <translation>pengaduan %1, lampiran %2</translation>
    </message>
</context>
<context>
    <name>HolidayCsv</name>
    <message>
        <source>The holiday file is not UTF-8 text; nothing was imported. Save it as CSV (UTF-8) and import it again.</source>
        <translation>Berkas hari libur bukan teks UTF-8; tidak ada yang diimpor. Simpan sebagai CSV (UTF-8), lalu impor lagi.</translation>
    </message>
    <message>
        <source>Line %1: the first line must be the header &quot;date,kind,name&quot;.</source>
        <translation>Baris %1: baris pertama harus berupa judul kolom &quot;date,kind,name&quot;.</translation>
    </message>
    <message>
        <source>Line %1: expected 3 fields (date,kind,name) but found %2. Put a name that contains a comma in double quotes.</source>
        <translation>Baris %1: seharusnya ada 3 kolom (date,kind,name), tetapi ditemukan %2. Apit nama yang mengandung koma dengan tanda kutip ganda.</translation>
    </message>
    <message>
        <source>Line %1, field &quot;date&quot;: &quot;%2&quot; is not a date. Write it as YYYY-MM-DD, e.g. 2026-08-17.</source>
        <translation>Baris %1, kolom &quot;date&quot;: &quot;%2&quot; bukan tanggal. Tulis dengan format YYYY-MM-DD, mis. 2026-08-17.</translation>
    </message>
    <message>
        <source>Line %1, field &quot;kind&quot;: &quot;%2&quot; is not a kind of holiday. Use libur_nasional, cuti_bersama or libur_lokal.</source>
        <translation>Baris %1, kolom &quot;kind&quot;: &quot;%2&quot; bukan jenis hari libur. Gunakan libur_nasional, cuti_bersama, atau libur_lokal.</translation>
    </message>
    <message>
        <source>Line %1, field &quot;name&quot;: the name is empty. Write the name of the holiday.</source>
        <translation>Baris %1, kolom &quot;name&quot;: nama kosong. Tulis nama hari libur.</translation>
    </message>
    <message>
        <source>Line %1, field &quot;date&quot;: %2 is already listed on line %3. List each date once.</source>
        <translation>Baris %1, kolom &quot;date&quot;: %2 sudah tercantum di baris %3. Cantumkan setiap tanggal satu kali saja.</translation>
    </message>
    <message>
        <source>The holiday file is empty. It needs the header line &quot;date,kind,name&quot; and one line per holiday.</source>
        <translation>Berkas hari libur kosong. Berkas memerlukan baris judul &quot;date,kind,name&quot; dan satu baris untuk setiap hari libur.</translation>
    </message>
    <message numerus="yes">
        <source>The holiday file has %n problem(s), so nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>Berkas hari libur memiliki %n masalah, sehingga tidak ada yang diimpor. Perbaiki berkas, lalu impor lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(dan %n lainnya)</numerusform>
        </translation>
    </message>
    <message>
        <source>The holiday file cannot be read, so nothing was imported.</source>
        <translation>Berkas hari libur tidak dapat dibaca, jadi tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Line %1, field &quot;name&quot;: the name %2. Type the name again without it.</source>
        <translation>Baris %1, kolom &quot;name&quot;: nama %2. Ketik ulang namanya tanpa karakter itu.</translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>The holiday has no valid date. Give it as YYYY-MM-DD.</source>
        <translation>Hari libur tidak memiliki tanggal yang valid. Tulis dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The holiday has no name. Write its name, e.g. &quot;Hari Raya Natal&quot;.</source>
        <translation>Hari libur tidak memiliki nama. Tulis namanya, mis. &quot;Hari Raya Natal&quot;.</translation>
    </message>
    <message>
        <source>The holiday name is longer than %1 characters. Shorten it.</source>
        <translation>Nama hari libur lebih dari %1 karakter. Persingkat namanya.</translation>
    </message>
    <message>
        <source>adding a holiday</source>
        <translation>menambah hari libur</translation>
    </message>
    <message>
        <source>%1 is already a holiday (&quot;%2&quot;). Remove it first to replace it.</source>
        <translation>%1 sudah menjadi hari libur (&quot;%2&quot;). Hapus terlebih dahulu untuk menggantinya.</translation>
    </message>
    <message>
        <source>removing a holiday</source>
        <translation>menghapus hari libur</translation>
    </message>
    <message>
        <source>%1 is not in the holiday list, so there is nothing to remove.</source>
        <translation>%1 tidak ada di daftar hari libur, sehingga tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>The holiday file lists no holiday under its header line. Nothing was imported.</source>
        <translation>Berkas hari libur tidak berisi hari libur di bawah baris judulnya. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>importing holidays</source>
        <translation>mengimpor hari libur</translation>
    </message>
    <message>
        <source>The holiday list shipped with Loket cannot be read; this installation is damaged. Reinstall Loket, or import the list with &quot;loketctl holiday import&quot;.</source>
        <translation>Daftar hari libur bawaan Loket tidak dapat dibaca; instalasi ini rusak. Pasang ulang Loket, atau impor daftar dengan &quot;loketctl holiday import&quot;.</translation>
    </message>
    <message>
        <source>loading the holiday list</source>
        <translation>memuat daftar hari libur</translation>
    </message>
    <message>
        <source>The holiday name</source>
        <translation>Nama hari libur</translation>
    </message>
</context>
<context>
    <name>Ikm</name>
    <message>
        <source>weight 0,111 per element (as printed in PermenPANRB 14/2017)</source>
        <translation>bobot 0,111 per unsur (seperti tercetak dalam PermenPANRB 14/2017)</translation>
    </message>
    <message>
        <source>weight 1/9 per element (exact)</source>
        <translation>bobot 1/9 per unsur (tepat)</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Not good enough</source>
        <translation>Kurang Baik</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Tidak Baik</translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation>cukup</translation>
    </message>
    <message>
        <source>not yet sufficient: %1 more needed</source>
        <translation>belum cukup: perlu %1 lagi</translation>
    </message>
    <message>
        <source>The answers to %1 do not add up: %2 answers of 1 to 4 cannot sum to %3.</source>
        <translation>Jawaban untuk %1 tidak masuk akal: %2 jawaban bernilai 1 sampai 4 tidak mungkin berjumlah %3.</translation>
    </message>
</context>
<context>
    <name>KioskHours</name>
    <message>
        <source>The kiosk may open at most %1 minutes before the office; %2 is not possible.</source>
        <translation>Anjungan paling awal dapat dibuka %1 menit sebelum kantor buka; %2 tidak dapat digunakan.</translation>
    </message>
</context>
<context>
    <name>KioskOpening</name>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Service has not opened yet</source>
        <translation>Layanan belum dibuka</translation>
    </message>
    <message>
        <source>Service has closed</source>
        <translation>Layanan sudah tutup</translation>
    </message>
    <message>
        <source>Opens today at %1</source>
        <translation>Buka hari ini pukul %1</translation>
    </message>
    <message>
        <source>Opens again tomorrow, %1, %2</source>
        <translation>Buka kembali besok, %1, %2</translation>
    </message>
    <message>
        <source>Opens again %1, %2</source>
        <translation>Buka kembali %1, %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
</context>
<context>
    <name>KioskService</name>
    <message>
        <source>Free of charge</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>about %1 min.</source>
        <translation>sekitar %1 menit.</translation>
    </message>
    <message>
        <source>No counter is open for this service yet</source>
        <translation>Belum ada loket yang buka untuk layanan ini</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterData</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Response to Complaint No. %1</source>
        <translation>Tanggapan atas Pengaduan Nomor %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Dear Complainant of Complaint No. %1</source>
        <translation>Yth. Pelapor Pengaduan Nomor %1</translation>
    </message>
    <message>
        <source>Dear %1</source>
        <translation>Yth. %1</translation>
    </message>
    <message>
        <source>at your place</source>
        <translation>di Tempat</translation>
    </message>
    <message>
        <source>This is our response. Should you need further explanation, please contact us and quote the register number of your complaint. Thank you for your attention and for helping us improve our public service.</source>
        <translation>Demikian tanggapan ini kami sampaikan. Apabila masih diperlukan penjelasan lebih lanjut, silakan menghubungi kami dengan menyebutkan nomor registrasi pengaduan. Atas perhatian dan partisipasi Saudara dalam perbaikan pelayanan publik, kami ucapkan terima kasih.</translation>
    </message>
    <message>
        <source>Complaint %1 has no response yet, so there is no letter to print. Record the response first (complaint respond).</source>
        <translation>Pengaduan %1 belum ditanggapi, sehingga belum ada surat untuk dicetak. Catat tanggapannya lebih dahulu (complaint respond).</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>Kepala %1</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>a.n. %1</translation>
    </message>
    <message>
        <source>in person at our service counter</source>
        <translation>secara langsung di loket pelayanan kami</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>melalui surat</translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation>melalui telepon</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>melalui SMS</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>melalui email</translation>
    </message>
    <message>
        <source>through our website</source>
        <translation>melalui situs web kami</translation>
    </message>
    <message>
        <source>through social media</source>
        <translation>melalui media sosial</translation>
    </message>
    <message>
        <source>through WhatsApp</source>
        <translation>melalui WhatsApp</translation>
    </message>
    <message>
        <source>through the suggestion box</source>
        <translation>melalui kotak saran</translation>
    </message>
    <message>
        <source>through SP4N-LAPOR!</source>
        <translation>melalui SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Following up on the complaint we received on %1 %2, registered under number %3, about &quot;%4&quot;, we hereby convey our response as follows:</source>
        <translation>Menindaklanjuti pengaduan yang kami terima pada tanggal %1 %2 dengan nomor registrasi %3 perihal &quot;%4&quot;, bersama ini kami sampaikan tanggapan sebagai berikut:</translation>
    </message>
    <message>
        <source>Complaint %1 is confidential: its response letter names the complainant, so only the follow-up team and supervisors print it.</source>
        <translation>Pengaduan %1 bersifat rahasia: surat tanggapannya menyebut nama pelapor, sehingga hanya tim tindak lanjut dan supervisor yang dapat mencetaknya.</translation>
    </message>
</context>
<context>
    <name>MinutesPdf</name>
    <message>
        <source>MINUTES OF THE OPENING OF THE SUGGESTION BOX</source>
        <translation>BERITA ACARA PEMBUKAAN KOTAK SARAN</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Nomor: %1</translation>
    </message>
    <message>
        <source>DRAFT: not signed, no number given yet</source>
        <translation>DRAF: belum ditandatangani, belum bernomor</translation>
    </message>
    <message>
        <source>%1, at %2, at %3, we the undersigned opened the suggestion box of %4 in the presence of the witnesses named below, with the following result:</source>
        <translation>%1, pukul %2, bertempat di %3, kami yang bertanda tangan di bawah ini telah membuka kotak saran %4 dengan disaksikan oleh para saksi yang namanya tersebut di bawah ini, dengan hasil sebagai berikut:</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Kotak saran</translation>
    </message>
    <message>
        <source>Location of the box</source>
        <translation>Lokasi kotak</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Seal when found</source>
        <translation>Keadaan segel</translation>
    </message>
    <message>
        <source>Slips found</source>
        <translation>Jumlah lembar saran</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A. The opening team</source>
        <translation>A. Tim pembuka kotak saran</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Jabatan dalam tim</translation>
    </message>
    <message>
        <source>B. Witnesses</source>
        <translation>B. Saksi</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Unsur masyarakat</translation>
    </message>
    <message>
        <source>NIP or standing</source>
        <translation>NIP/unsur</translation>
    </message>
    <message>
        <source>C. Slips by kind</source>
        <translation>C. Jumlah lembar saran menurut jenis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>D. The slips and the team&apos;s decisions</source>
        <translation>D. Daftar lembar saran dan keputusan tim</translation>
    </message>
    <message>
        <source>The box held no slips.</source>
        <translation>Kotak saran tidak berisi lembar saran.</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>belum diputuskan</translation>
    </message>
    <message>
        <source>What the slip says</source>
        <translation>Ringkasan isi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Survey element</source>
        <translation>Unsur SKM</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>These minutes were made truthfully, to be used as is proper.</source>
        <translation>Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The opening team,</source>
        <translation>Tim pembuka,</translation>
    </message>
    <message>
        <source>The witnesses,</source>
        <translation>Saksi-saksi,</translation>
    </message>
    <message>
        <source>Acknowledged,</source>
        <translation>Mengetahui,</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAF</translation>
    </message>
    <message>
        <source>Minutes of the suggestion box opening %1 · %2</source>
        <translation>Berita acara pembukaan kotak saran %1 · %2</translation>
    </message>
    <message>
        <source>DRAFT minutes of the suggestion box opening, not signed · %1</source>
        <translation>DRAF berita acara pembukaan kotak saran, belum ditandatangani · %1</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPack</name>
    <message>
        <source>The folder %1 does not exist, so the monthly report cannot be written there. Create it or choose another folder.</source>
        <translation>Folder %1 tidak ada, sehingga laporan bulanan tidak dapat ditulis di sana. Buat folder itu atau pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPdf</name>
    <message>
        <source>the office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>rose by %1 %</source>
        <translation>naik %1 %</translation>
    </message>
    <message>
        <source>fell by %1 %</source>
        <translation>turun %1 %</translation>
    </message>
    <message>
        <source>stayed the same</source>
        <translation>tetap sama</translation>
    </message>
    <message>
        <source>Visitors (tickets issued)</source>
        <translation>Pengunjung (nomor antrian diterbitkan)</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Did not come when called</source>
        <translation>Tidak hadir saat dipanggil</translation>
    </message>
    <message>
        <source>Priority visitors served</source>
        <translation>Pengunjung prioritas dilayani</translation>
    </message>
    <message>
        <source>Median wait (minutes)</source>
        <translation>Median waktu tunggu (menit)</translation>
    </message>
    <message>
        <source>Served within the standard</source>
        <translation>Dilayani sesuai standar</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <source>Complaints followed up to completion</source>
        <translation>Pengaduan ditindaklanjuti sampai selesai</translation>
    </message>
    <message>
        <source>Suggestion-box slips</source>
        <translation>Lembar kotak saran</translation>
    </message>
    <message>
        <source>Satisfaction index (IKM) of the month</source>
        <translation>Indeks kepuasan (IKM) bulan ini</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Median tunggu (menit)</translation>
    </message>
    <message>
        <source>P90 wait (min)</source>
        <translation>P90 tunggu (menit)</translation>
    </message>
    <message>
        <source>Median service (min)</source>
        <translation>Median layanan (menit)</translation>
    </message>
    <message>
        <source>Standard (min)</source>
        <translation>Standar (menit)</translation>
    </message>
    <message>
        <source>Within standard</source>
        <translation>Sesuai standar</translation>
    </message>
    <message>
        <source>None in the month.</source>
        <translation>Tidak ada pada bulan ini.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Nomor antrian</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Followed up to completion</source>
        <translation>Ditindaklanjuti sampai selesai</translation>
    </message>
    <message>
        <source>Share followed up to completion</source>
        <translation>Persentase tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Past the settle deadline</source>
        <translation>Melewati batas waktu penyelesaian</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Tanggapan pertama dalam</translation>
    </message>
    <message>
        <source>Responses of %1</source>
        <translation>Jawaban survei %1</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Converted IKM</source>
        <translation>IKM konversi</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>Survey period</source>
        <translation>Periode survei</translation>
    </message>
    <message>
        <source>MONTHLY PUBLIC SERVICE REPORT</source>
        <translation>LAPORAN BULANAN PELAYANAN PUBLIK</translation>
    </message>
    <message>
        <source>No visitor took a ticket in %1.</source>
        <translation>Tidak ada pengunjung yang mengambil nomor antrian pada %1.</translation>
    </message>
    <message>
        <source>In %1 the office received %2 visitors, of whom %3 were served.</source>
        <translation>Pada %1 kantor menerima %2 pengunjung, %3 di antaranya telah dilayani.</translation>
    </message>
    <message>
        <source>The number of visitors %1 compared with last month (%2).</source>
        <translation>Jumlah pengunjung %1 dibanding bulan lalu (%2).</translation>
    </message>
    <message>
        <source>Against %1 the number of visitors %2.</source>
        <translation>Dibanding %1 jumlah pengunjung %2.</translation>
    </message>
    <message>
        <source>%1 % of the visitors served with a time standard were served within it.</source>
        <translation>%1 % pengunjung pada layanan yang memiliki standar waktu dilayani sesuai standar.</translation>
    </message>
    <message>
        <source>Half of the visitors waited %1 minutes or less.</source>
        <translation>Separuh pengunjung menunggu %1 menit atau kurang.</translation>
    </message>
    <message>
        <source>%1 % of those called did not come to the counter.</source>
        <translation>%1 % dari yang dipanggil tidak datang ke loket.</translation>
    </message>
    <message>
        <source>%1 priority visitors (elderly, disabled, pregnant and others) were served.</source>
        <translation>%1 pengunjung prioritas (lansia, penyandang disabilitas, ibu hamil, dan lainnya) telah dilayani.</translation>
    </message>
    <message>
        <source>No complaint was received.</source>
        <translation>Tidak ada pengaduan yang diterima.</translation>
    </message>
    <message>
        <source>%1 complaints were received; %2 % of them have been followed up to completion.</source>
        <translation>%1 pengaduan diterima; %2 % di antaranya telah ditindaklanjuti sampai selesai.</translation>
    </message>
    <message>
        <source>%1 complaints passed their settle deadline.</source>
        <translation>%1 pengaduan melewati batas waktu penyelesaian.</translation>
    </message>
    <message>
        <source>The suggestion box gave %1 slips at %2 openings.</source>
        <translation>Kotak saran berisi %1 lembar pada %2 kali pembukaan.</translation>
    </message>
    <message>
        <source>The satisfaction index of the month&apos;s %1 responses is %2, grade %3.</source>
        <translation>Indeks kepuasan dari %1 jawaban survei bulan ini adalah %2, mutu %3.</translation>
    </message>
    <message>
        <source>Month of %1</source>
        <translation>Bulan %1</translation>
    </message>
    <message>
        <source>(up to %1)</source>
        <translation>(sampai %1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>The month against the month before and last year</source>
        <translation>Bulan ini dibanding bulan sebelumnya dan tahun lalu</translation>
    </message>
    <message>
        <source>Visitors and service</source>
        <translation>Pengunjung dan pelayanan</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translation>Pengunjung per layanan</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Pengunjung per hari</translation>
    </message>
    <message>
        <source>Services against their standard</source>
        <translation>Layanan dibanding standarnya</translation>
    </message>
    <message>
        <source>Priority service, counters and officers</source>
        <translation>Pelayanan prioritas, loket, dan petugas</translation>
    </message>
    <message>
        <source>Priority visitors by reason</source>
        <translation>Pengunjung prioritas menurut alasan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Complaints, suggestions and satisfaction</source>
        <translation>Pengaduan, saran, dan kepuasan</translation>
    </message>
    <message>
        <source>%1 slips from %2 openings of the box.</source>
        <translation>%1 lembar dari %2 kali pembukaan kotak.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Community satisfaction index (IKM)</source>
        <translation>Indeks kepuasan masyarakat (IKM)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Head of office,</source>
        <translation>Kepala kantor,</translation>
    </message>
    <message>
        <source>mean of the days with visitors: %1</source>
        <translation>rata-rata hari dengan pengunjung: %1</translation>
    </message>
    <message>
        <source>Monthly report %1 · %2</source>
        <translation>Laporan bulanan %1 · %2</translation>
    </message>
</context>
<context>
    <name>MonthlyReportService</name>
    <message>
        <source>Choose the month of the report (for example 2026-11).</source>
        <translation>Pilih bulan laporan (misalnya 2026-11).</translation>
    </message>
    <message>
        <source>%1 has not begun yet: a report can be made for this month or an earlier one.</source>
        <translation>%1 belum dimulai: laporan dapat dibuat untuk bulan ini atau bulan sebelumnya.</translation>
    </message>
    <message>
        <source>reading the services of the report</source>
        <translation>membaca layanan untuk laporan</translation>
    </message>
    <message>
        <source>reading the suggestion-box openings of the month</source>
        <translation>membaca pembukaan kotak saran bulan ini</translation>
    </message>
    <message>
        <source>reading the suggestion-box slips of the month</source>
        <translation>membaca lembar kotak saran bulan ini</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Belum diputuskan</translation>
    </message>
</context>
<context>
    <name>MonthlyReportXlsx</name>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Monthly public service report, %1</source>
        <translation>Laporan bulanan pelayanan publik, %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Visitors (tickets issued)</source>
        <translation>Pengunjung (nomor antrian diterbitkan)</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Priority served</source>
        <translation>Prioritas dilayani</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <source>Complaints followed up to completion</source>
        <translation>Pengaduan ditindaklanjuti sampai selesai</translation>
    </message>
    <message>
        <source>Complaints past the deadline</source>
        <translation>Pengaduan melewati batas waktu</translation>
    </message>
    <message>
        <source>Suggestion-box slips</source>
        <translation>Lembar kotak saran</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Median tunggu (menit)</translation>
    </message>
    <message>
        <source>Within standard</source>
        <translation>Sesuai standar</translation>
    </message>
    <message>
        <source>IKM of the month</source>
        <translation>IKM bulan ini</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Standard (min)</source>
        <translation>Standar (menit)</translation>
    </message>
    <message>
        <source>Standard from the service standard</source>
        <translation>Standar dari standar pelayanan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Tanggapan pertama dalam</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Kotak saran</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Pembukaan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Survey period</source>
        <translation>Periode survei</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Converted IKM</source>
        <translation>IKM konversi</translation>
    </message>
    <message>
        <source>P90 wait (min)</source>
        <translation>P90 tunggu (menit)</translation>
    </message>
    <message>
        <source>Median service (min)</source>
        <translation>Median layanan (menit)</translation>
    </message>
    <message>
        <source>P90 service (min)</source>
        <translation>P90 layanan (menit)</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Belum diputuskan</translation>
    </message>
</context>
<context>
    <name>OfficeDay</name>
    <message>
        <source>reading the office&apos;s time zone</source>
        <translation>membaca zona waktu kantor</translation>
    </message>
    <message>
        <source>reading the office hours</source>
        <translation>membaca jam layanan kantor</translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message>
        <source>The office name is empty. Write the name as it appears on letters, e.g. &quot;Kecamatan Cibinong&quot;.</source>
        <translation>Nama kantor kosong. Tulis nama seperti yang tercantum pada surat, mis. &quot;Kecamatan Cibinong&quot;.</translation>
    </message>
    <message>
        <source>The time zone is not valid. Choose WIB, WITA or WIT.</source>
        <translation>Zona waktu tidak valid. Pilih WIB, WITA, atau WIT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. Write it like kecamatan@bogorkab.go.id, or leave it empty.</source>
        <translation>&quot;%1&quot; bukan alamat e-mail. Tulis seperti kecamatan@bogorkab.go.id, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>The postal code &quot;%1&quot; must be 5 digits, or left empty.</source>
        <translation>Kode pos &quot;%1&quot; harus terdiri atas 5 angka, atau dikosongkan.</translation>
    </message>
    <message>
        <source>The NIP of the head of office must have 18 digits (it has %1). Check it, or leave it empty.</source>
        <translation>NIP kepala kantor harus terdiri atas 18 angka (saat ini %1). Periksa kembali, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>The logo is not a PNG image. Save it as PNG and choose it again.</source>
        <translation>Logo bukan gambar PNG. Simpan sebagai PNG, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>The logo is %1 KB; the limit is %2 KB. Choose a smaller image.</source>
        <translation>Ukuran logo %1 KB; batasnya %2 KB. Pilih gambar yang lebih kecil.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>%1 has an opening or a closing time but not both. Give both, or mark the day closed.</source>
        <translation>Hari %1 hanya memiliki jam buka atau jam tutup. Isi keduanya, atau tandai hari itu tutup.</translation>
    </message>
    <message>
        <source>On %1 the opening time %2 is not before the closing time %3.</source>
        <translation>Pada hari %1, jam buka %2 tidak lebih awal dari jam tutup %3.</translation>
    </message>
    <message>
        <source>The office is closed every day of the week. Give the opening hours of at least one day.</source>
        <translation>Kantor tutup setiap hari dalam seminggu. Isi jam buka setidaknya untuk satu hari.</translation>
    </message>
    <message>
        <source>reading the office profile</source>
        <translation>membaca profil kantor</translation>
    </message>
    <message>
        <source>The office has not been set up yet. Complete the first-run setup, or give its name with &quot;loketctl office set --name …&quot;.</source>
        <translation>Kantor belum diatur. Selesaikan pengaturan awal, atau isi nama kantor dengan &quot;loketctl office set --name …&quot;.</translation>
    </message>
    <message>
        <source>The office is already set up. An administrator can change it in the settings.</source>
        <translation>Kantor sudah diatur. Administrator dapat mengubahnya di pengaturan.</translation>
    </message>
    <message>
        <source>saving the office profile</source>
        <translation>menyimpan profil kantor</translation>
    </message>
    <message>
        <source>saving the opening hours</source>
        <translation>menyimpan jam buka</translation>
    </message>
    <message>
        <source>The office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>The parent agency</source>
        <translation>Instansi induk</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Kota/kabupaten</translation>
    </message>
    <message>
        <source>The province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Alamat surel</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>The name of the head of office</source>
        <translation>Nama kepala kantor</translation>
    </message>
    <message>
        <source>The title of the head of office</source>
        <translation>Jabatan kepala kantor</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Alamat</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>Unknown language &quot;%1&quot;: choose id (Indonesian) or en (English).</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal: pilih id (Bahasa Indonesia) atau en (English).</translation>
    </message>
</context>
<context>
    <name>PaperPdf</name>
    <message>
        <source>The folder %1 does not exist, so the PDF cannot be written there. Create it or choose another folder.</source>
        <translation>Folder %1 tidak ada, sehingga PDF tidak dapat ditulis di sana. Buat folder itu atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose a folder you can write to.</source>
        <translation>PDF tidak dapat ditulis ke %1. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not start. Reinstall Loket or ask the administrator.</source>
        <translation>Pustaka kata sandi tidak dapat dijalankan. Pasang ulang Loket atau hubungi administrator.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while protecting the password. Close other programs and try again.</source>
        <translation>Memori komputer habis saat mengamankan kata sandi. Tutup program lain, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>Give the printer&apos;s device file, e.g. /dev/usb/lp0.</source>
        <translation>Isi berkas perangkat printer, mis. /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>Give the printer&apos;s network address as host or host:port, e.g. 192.168.1.50:9100.</source>
        <translation>Isi alamat jaringan printer sebagai host atau host:port, mis. 192.168.1.50:9100.</translation>
    </message>
    <message>
        <source>Choose the folder where the PDF tickets are written.</source>
        <translation>Pilih folder tempat nomor antrian PDF disimpan.</translation>
    </message>
    <message>
        <source>the ticket printer at %1</source>
        <translation>printer antrian di %1</translation>
    </message>
    <message>
        <source>the default system printer</source>
        <translation>printer bawaan sistem</translation>
    </message>
    <message>
        <source>the printer &quot;%1&quot;</source>
        <translation>printer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>PDF files in %1</source>
        <translation>berkas PDF di %1</translation>
    </message>
    <message>
        <source>no printer</source>
        <translation>tanpa printer</translation>
    </message>
    <message>
        <source>The QR code link must start with https:// (or http://), so that a phone opens it.</source>
        <translation>Tautan kode QR harus diawali https:// (atau http://) agar dapat dibuka di ponsel.</translation>
    </message>
    <message>
        <source>The QR code link may not contain spaces.</source>
        <translation>Tautan kode QR tidak boleh mengandung spasi.</translation>
    </message>
    <message>
        <source>The QR code link has unknown placeholders: %1. Use {nomor}, {tanggal} and {layanan}.</source>
        <translation>Tautan kode QR memuat penanda yang tidak dikenal: %1. Gunakan {nomor}, {tanggal}, dan {layanan}.</translation>
    </message>
    <message>
        <source>The QR code link has a brace { or } that does not close.</source>
        <translation>Tautan kode QR memuat kurung kurawal { atau } yang tidak berpasangan.</translation>
    </message>
    <message>
        <source>The QR code link is not a valid web address.</source>
        <translation>Tautan kode QR bukan alamat web yang sah.</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>The ticket could not be printed, please note your number.</source>
        <translation>Tiket tidak dapat dicetak, silakan catat nomor Anda.</translation>
    </message>
    <message>
        <source>Tickets cannot be printed at the moment: please note your number on the screen. Staff have been told.</source>
        <translation>Tiket sedang tidak dapat dicetak: silakan catat nomor Anda di layar. Petugas sudah diberi tahu.</translation>
    </message>
</context>
<context>
    <name>PriorityReasonService</name>
    <message>
        <source>reading the priority reasons</source>
        <translation>membaca alasan prioritas</translation>
    </message>
    <message>
        <source>The priority reason does not exist. Choose one from the list.</source>
        <translation>Alasan prioritas tersebut tidak ada. Pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>There is no priority reason &quot;%1&quot;. Choose one from the list of priority reasons.</source>
        <translation>Tidak ada alasan prioritas &quot;%1&quot;. Pilih salah satu dari daftar alasan prioritas.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; cannot be used: use 2 to 32 small letters, digits or &apos;_&apos; (for example: ibu_menyusui).</source>
        <translation>Kode &quot;%1&quot; tidak dapat dipakai: gunakan 2 sampai 32 huruf kecil, angka, atau &apos;_&apos; (misalnya: ibu_menyusui).</translation>
    </message>
    <message>
        <source>Give the name the kiosk shows for this priority reason.</source>
        <translation>Isi nama yang ditampilkan anjungan untuk alasan prioritas ini.</translation>
    </message>
    <message>
        <source>A priority reason with the code &quot;%1&quot; already exists. Reactivate it, or choose another code.</source>
        <translation>Alasan prioritas dengan kode &quot;%1&quot; sudah ada. Aktifkan kembali, atau pilih kode lain.</translation>
    </message>
    <message>
        <source>adding the priority reason</source>
        <translation>menambah alasan prioritas</translation>
    </message>
    <message>
        <source>changing the priority reason</source>
        <translation>mengubah alasan prioritas</translation>
    </message>
</context>
<context>
    <name>PrivateWorkbook</name>
    <message>
        <source>The folder %1 does not exist, so the spreadsheet cannot be written there. Create it or choose another folder.</source>
        <translation>Folder %1 tidak ada, sehingga lembar kerja tidak dapat ditulis di sana. Buat folder itu atau pilih folder lain.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of the spreadsheet file.</source>
        <translation>%1 adalah folder: berikan nama berkas lembar kerja.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written to %1. Choose a folder you can write to.</source>
        <translation>Lembar kerja tidak dapat ditulis ke %1. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
</context>
<context>
    <name>QrMatrix</name>
    <message>
        <source>The QR code has no content. Give the text it should hold.</source>
        <translation>Kode QR tidak memiliki isi. Isi teks yang harus dimuatnya.</translation>
    </message>
    <message>
        <source>The QR code content is too long (%1 bytes). Use a shorter text or link.</source>
        <translation>Isi kode QR terlalu panjang (%1 byte). Gunakan teks atau tautan yang lebih pendek.</translation>
    </message>
</context>
<context>
    <name>QueueCatalog</name>
    <message>
        <source>reading a service</source>
        <translation>membaca data layanan</translation>
    </message>
    <message>
        <source>The service does not exist (any more). Choose another service.</source>
        <translation>Layanan tersebut tidak ada (lagi). Pilih layanan lain.</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;. Check the code in the list of services.</source>
        <translation>Tidak ada layanan dengan kode &quot;%1&quot;. Periksa kode di daftar layanan.</translation>
    </message>
    <message>
        <source>reading the services</source>
        <translation>membaca daftar layanan</translation>
    </message>
</context>
<context>
    <name>QueueReader</name>
    <message>
        <source>reading the counter&apos;s recent calls</source>
        <translation>membaca panggilan terakhir loket</translation>
    </message>
    <message>
        <source>reading the last calls</source>
        <translation>membaca panggilan terakhir</translation>
    </message>
    <message>
        <source>counting the open counters</source>
        <translation>menghitung loket yang buka</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not waiting: it has no place in the line.</source>
        <translation>Nomor antrian %1 berstatus %2, bukan menunggu: nomor ini tidak memiliki tempat dalam antrian.</translation>
    </message>
    <message>
        <source>counting the waiting tickets</source>
        <translation>menghitung nomor antrian yang menunggu</translation>
    </message>
    <message>
        <source>reading the waiting tickets</source>
        <translation>membaca nomor antrian yang menunggu</translation>
    </message>
</context>
<context>
    <name>QueueRecords</name>
    <message>
        <source>Give a valid period: its first day on or before its last.</source>
        <translation>Berikan periode yang sah: hari pertamanya sebelum atau sama dengan hari terakhirnya.</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>Loket %1 is no longer in use. Ask the administrator to reactivate it.</source>
        <translation>Loket %1 sudah tidak dipakai. Minta administrator untuk mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>Choose the counter (loket) you work at.</source>
        <translation>Pilih loket tempat Anda bertugas.</translation>
    </message>
    <message>
        <source>%1 is not offered at the moment. Choose another service.</source>
        <translation>Layanan %1 sedang tidak tersedia. Pilih layanan lain.</translation>
    </message>
    <message>
        <source>The priority reason &quot;%1&quot; is no longer used. Choose another one.</source>
        <translation>Alasan prioritas &quot;%1&quot; sudah tidak dipakai. Pilih alasan lain.</translation>
    </message>
    <message>
        <source>Loket %1 does not serve %2.</source>
        <translation>Loket %1 tidak melayani %2.</translation>
    </message>
    <message>
        <source>Loket %1 serves no service yet. Ask the administrator to choose its services.</source>
        <translation>Loket %1 belum melayani layanan apa pun. Minta administrator untuk memilih layanannya.</translation>
    </message>
    <message>
        <source>No ticket is waiting for loket %1.</source>
        <translation>Tidak ada nomor antrian yang menunggu untuk loket %1.</translation>
    </message>
    <message>
        <source>Give the reason for calling ticket %1 out of its turn.</source>
        <translation>Berikan alasan memanggil nomor antrian %1 di luar gilirannya.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not waiting: only a waiting ticket can be called.</source>
        <translation>Nomor antrian %1 berstatus %2, bukan menunggu: hanya nomor antrian yang menunggu yang dapat dipanggil.</translation>
    </message>
    <message>
        <source>loket %1: %2</source>
        <translation>loket %1: %2</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a called ticket can be called again.</source>
        <translation>Nomor antrian %1 berstatus %2: hanya nomor antrian yang sudah dipanggil yang dapat dipanggil ulang.</translation>
    </message>
    <message>
        <source>Ticket %1 is already being served.</source>
        <translation>Nomor antrian %1 sudah sedang dilayani.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a ticket called to this counter can be started.</source>
        <translation>Nomor antrian %1 berstatus %2: hanya nomor antrian yang dipanggil ke loket ini yang dapat mulai dilayani.</translation>
    </message>
    <message>
        <source>Ticket %1 has been called but its service has not started: start serving it before finishing it, or mark it as not come.</source>
        <translation>Nomor antrian %1 sudah dipanggil tetapi pelayanannya belum dimulai: mulai layani sebelum menyelesaikannya, atau tandai tidak hadir.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not being served: only a ticket being served can be finished.</source>
        <translation>Nomor antrian %1 berstatus %2, bukan sedang dilayani: hanya nomor antrian yang sedang dilayani yang dapat diselesaikan.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a called ticket nobody answered can be marked as not come.</source>
        <translation>Nomor antrian %1 berstatus %2: hanya nomor antrian yang dipanggil dan tidak ada yang datang yang dapat ditandai tidak hadir.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a called or served ticket can be put on hold.</source>
        <translation>Nomor antrian %1 berstatus %2: hanya nomor antrian yang dipanggil atau sedang dilayani yang dapat ditunda.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not on hold.</source>
        <translation>Nomor antrian %1 berstatus %2, bukan ditunda.</translation>
    </message>
    <message>
        <source>Ticket %1 is on hold at loket %2, and loket %3 does not serve %4.</source>
        <translation>Nomor antrian %1 ditunda di loket %2, dan loket %3 tidak melayani %4.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2 and can no longer be transferred.</source>
        <translation>Nomor antrian %1 berstatus %2 dan tidak dapat dialihkan lagi.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: a counter transfers only a ticket it called, serves or holds.</source>
        <translation>Nomor antrian %1 berstatus %2: loket hanya dapat mengalihkan nomor antrian yang dipanggil, dilayani, atau ditunda olehnya.</translation>
    </message>
    <message>
        <source>Choose the service or the counter to transfer ticket %1 to.</source>
        <translation>Pilih layanan atau loket tujuan pengalihan nomor antrian %1.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>ke %1</translation>
    </message>
    <message>
        <source>Loket %1 does not serve %2. Transfer the ticket to a counter that serves it, or to the service.</source>
        <translation>Loket %1 tidak melayani %2. Alihkan nomor antrian ke loket yang melayaninya, atau ke layanan tersebut.</translation>
    </message>
    <message>
        <source>, loket %1</source>
        <translation>, loket %1</translation>
    </message>
    <message>
        <source>Ticket %1 is already waiting there.</source>
        <translation>Nomor antrian %1 sudah menunggu di sana.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2 and can no longer be cancelled.</source>
        <translation>Nomor antrian %1 berstatus %2 dan tidak dapat dibatalkan lagi.</translation>
    </message>
    <message>
        <source>closing the day</source>
        <translation>menutup hari layanan</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) expired</source>
        <translation>
            <numerusform>%n nomor antrian kedaluwarsa</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket: give its number, such as A-001, or its id.</source>
        <translation>&quot;%1&quot; bukan nomor antrian: berikan nomornya, seperti A-001, atau id-nya.</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>Tidak ada nomor antrian %1 hari ini.</translation>
    </message>
    <message>
        <source>The number of priority calls in a row must be between 0 (no limit) and 50.</source>
        <translation>Jumlah panggilan prioritas berturut-turut harus antara 0 (tanpa batas) dan 50.</translation>
    </message>
    <message>
        <source>The longest wait before a ticket goes first must be between 0 (off) and 600 minutes.</source>
        <translation>Lama tunggu maksimum sebelum nomor antrian didahulukan harus antara 0 (nonaktif) dan 600 menit.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a ticket marked as not come can be taken back.</source>
        <translation>Nomor antrian %1 berstatus %2: hanya nomor yang ditandai tidak hadir yang dapat dibatalkan tandanya.</translation>
    </message>
    <message>
        <source>Ticket %1 can no longer be taken back.</source>
        <translation>Tanda tidak hadir nomor antrian %1 tidak dapat dibatalkan lagi.</translation>
    </message>
    <message>
        <source>Ticket %1 was marked as not come by %2: only they can take it back.</source>
        <translation>Nomor antrian %1 ditandai tidak hadir oleh %2: hanya petugas tersebut yang dapat membatalkannya.</translation>
    </message>
    <message>
        <source>Ticket %1 was marked as not come more than %2 seconds ago and can no longer be taken back. If the citizen is here, serve them as a walk-in (F9).</source>
        <translation>Nomor antrian %1 ditandai tidak hadir lebih dari %2 detik yang lalu dan tidak dapat dibatalkan lagi. Jika warga ada di sini, layani langsung (F9).</translation>
    </message>
</context>
<context>
    <name>QueueStatistics</name>
    <message>
        <source>reading the service time targets</source>
        <translation>membaca target waktu layanan</translation>
    </message>
    <message>
        <source>Give both the first and the last day of the period.</source>
        <translation>Isi tanggal pertama dan tanggal terakhir periode.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2). Swap the two dates.</source>
        <translation>Periode dimulai (%1) setelah berakhir (%2). Tukar kedua tanggal tersebut.</translation>
    </message>
    <message>
        <source>reading the office&apos;s time zone</source>
        <translation>membaca zona waktu kantor</translation>
    </message>
    <message>
        <source>reading the tickets of the period</source>
        <translation>membaca nomor antrian dalam periode</translation>
    </message>
    <message>
        <source>reading the names for the queue figures</source>
        <translation>membaca nama-nama untuk angka antrian</translation>
    </message>
</context>
<context>
    <name>RawPrinterPort</name>
    <message>
        <source>The ticket printer is not connected (%1 is missing). Check that it is switched on and its USB cable is plugged in.</source>
        <translation>Printer antrian tidak tersambung (%1 tidak ditemukan). Pastikan printer menyala dan kabel USB-nya tercolok.</translation>
    </message>
    <message>
        <source>Loket may not write to the ticket printer %1. Add this computer&apos;s kiosk user to the &quot;lp&quot; group, then sign in again.</source>
        <translation>Loket tidak diizinkan menulis ke printer antrian %1. Tambahkan pengguna anjungan di komputer ini ke grup &quot;lp&quot;, lalu masuk lagi.</translation>
    </message>
    <message>
        <source>The ticket printer at %1 does not respond. Check that it is switched on, has paper and its cover is closed.</source>
        <translation>Printer antrian di %1 tidak merespons. Pastikan printer menyala, berisi kertas, dan penutupnya tertutup.</translation>
    </message>
    <message>
        <source>The ticket could not be sent to %1: %2.</source>
        <translation>Nomor antrian tidak dapat dikirim ke %1: %2.</translation>
    </message>
    <message>
        <source>No printer device is set. Choose one in the printer settings.</source>
        <translation>Perangkat printer belum ditentukan. Pilih perangkat di pengaturan printer.</translation>
    </message>
    <message>
        <source>The ticket printer at %1 did not take the ticket in time. Check that it has paper and its cover is closed.</source>
        <translation>Printer antrian di %1 tidak menerima nomor antrian tepat waktu. Pastikan printer berisi kertas dan penutupnya tertutup.</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>tidak ada jawaban dalam %1 detik</translation>
    </message>
    <message>
        <source>The ticket printer at %1 cannot be reached (%2). Check that it is switched on and connected to the network.</source>
        <translation>Printer antrian di %1 tidak dapat dijangkau (%2). Pastikan printer menyala dan tersambung ke jaringan.</translation>
    </message>
    <message>
        <source>The ticket printer at %1 did not take the whole ticket in time. Check that it has paper.</source>
        <translation>Printer antrian di %1 tidak menerima seluruh nomor antrian tepat waktu. Pastikan printer berisi kertas.</translation>
    </message>
</context>
<context>
    <name>ReportMonthStore</name>
    <message>
        <source>reading the stored figures of a finished month</source>
        <translation>membaca angka tersimpan dari bulan yang sudah selesai</translation>
    </message>
    <message>
        <source>storing the figures of a finished month</source>
        <translation>menyimpan angka dari bulan yang sudah selesai</translation>
    </message>
</context>
<context>
    <name>ResponseLetterPdf</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Dengan hormat,</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential: the identity of the complainant is protected. Deliver to the addressee only.</source>
        <translation>Rahasia: identitas pelapor dilindungi. Hanya diserahkan kepada yang dituju.</translation>
    </message>
</context>
<context>
    <name>ServerArchive</name>
    <message>
        <source>%1 needs the program %2, which is not installed on this PC (Debian package postgresql-client). Install it, then try again.</source>
        <translation>%1 memerlukan program %2, yang belum terpasang di PC ini (paket Debian postgresql-client). Pasang dulu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 did not finish in time: the database server may be unreachable or very busy. Nothing was changed; try again later.</source>
        <translation>%1 tidak selesai tepat waktu: server basis data mungkin tidak terjangkau atau sangat sibuk. Tidak ada yang diubah; coba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 failed: the database server cannot be reached. Check that it is on and on the network, then try again.</source>
        <translation>%1 gagal: server basis data tidak dapat dihubungi. Periksa bahwa server menyala dan terhubung ke jaringan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 failed: the database server refused the login. Put the password in ~/.pgpass of this PC&apos;s user, then try again.</source>
        <translation>%1 gagal: server basis data menolak login. Simpan kata sandi di ~/.pgpass milik pengguna PC ini, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s role may not read every table. Run it as the database&apos;s owner (the role of &quot;loketctl db init&quot;), not as the PCs&apos; role.</source>
        <translation>%1 gagal: peran (role) di server tidak boleh membaca semua tabel. Jalankan sebagai pemilik basis data (peran yang menjalankan &quot;loketctl db init&quot;), bukan sebagai peran PC.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space, then try again.</source>
        <translation>%1 gagal: disk penuh. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation>%1 gagal (%2).</translation>
    </message>
    <message>
        <source>A database file is backed up as a file, not as a server&apos;s dump.</source>
        <translation>Berkas basis data dicadangkan sebagai berkas, bukan sebagai dump server.</translation>
    </message>
    <message>
        <source>The server&apos;s backup</source>
        <translation>Pencadangan server</translation>
    </message>
    <message>
        <source>The file %1 is not a backup of a Loket server database.</source>
        <translation>Berkas %1 bukan cadangan basis data server Loket.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s backup</source>
        <translation>Pemeriksaan cadangan server</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or incomplete (%2): it cannot be restored.</source>
        <translation>Cadangan %1 rusak atau tidak lengkap (%2): tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The file %1 is a server&apos;s dump, but not of a Loket database: it has no schema version.</source>
        <translation>Berkas %1 adalah dump server, tetapi bukan basis data Loket: tidak ada versi skemanya.</translation>
    </message>
    <message>
        <source>Restoring the server&apos;s backup</source>
        <translation>Pemulihan cadangan server</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>The service code is empty. Give a short code such as KTP or KK.</source>
        <translation>Kode layanan kosong. Isi kode singkat seperti KTP atau KK.</translation>
    </message>
    <message>
        <source>The service code &quot;%1&quot; may hold only capital letters, digits, &quot;_&quot; and &quot;-&quot; (e.g. KTP, SURAT_PINDAH).</source>
        <translation>Kode layanan &quot;%1&quot; hanya boleh berisi huruf kapital, angka, &quot;_&quot; dan &quot;-&quot; (mis. KTP, SURAT_PINDAH).</translation>
    </message>
    <message>
        <source>The service code &quot;%1&quot; is longer than %2 characters. Shorten it.</source>
        <translation>Kode layanan &quot;%1&quot; lebih dari %2 karakter. Persingkat kodenya.</translation>
    </message>
    <message>
        <source>The ticket prefix &quot;%1&quot; must be one or two capital letters, e.g. A or KK.</source>
        <translation>Awalan nomor antrian &quot;%1&quot; harus berupa satu atau dua huruf kapital, mis. A atau KK.</translation>
    </message>
    <message>
        <source>The service name is empty. Write the name citizens know, e.g. &quot;Perekaman KTP-el&quot;.</source>
        <translation>Nama layanan kosong. Tulis nama yang dikenal warga, mis. &quot;Perekaman KTP-el&quot;.</translation>
    </message>
    <message>
        <source>The target service time must be between 1 and %1 minutes (it is %2).</source>
        <translation>Target waktu layanan harus antara 1 dan %1 menit (saat ini %2).</translation>
    </message>
    <message>
        <source>The unit is not valid. Choose one of the office&apos;s units, or none.</source>
        <translation>Unit kerja tidak valid. Pilih salah satu unit kerja kantor, atau tanpa unit kerja.</translation>
    </message>
    <message>
        <source>reading the services</source>
        <translation>membaca daftar layanan</translation>
    </message>
    <message>
        <source>reading a service</source>
        <translation>membaca data layanan</translation>
    </message>
    <message>
        <source>There is no service with number %1.</source>
        <translation>Tidak ada layanan dengan nomor %1.</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;. &quot;loketctl service list --all&quot; shows the codes.</source>
        <translation>Tidak ada layanan dengan kode &quot;%1&quot;. Perintah &quot;loketctl service list --all&quot; menampilkan kode-kodenya.</translation>
    </message>
    <message>
        <source>checking the service</source>
        <translation>memeriksa layanan</translation>
    </message>
    <message>
        <source>The code %1 is already used by the service &quot;%2&quot;. Choose another code.</source>
        <translation>Kode %1 sudah dipakai oleh layanan &quot;%2&quot;. Pilih kode lain.</translation>
    </message>
    <message>
        <source>The ticket prefix %1 is already used by the service &quot;%2&quot;. Choose another prefix, so that ticket numbers stay distinct.</source>
        <translation>Awalan nomor antrian %1 sudah dipakai oleh layanan &quot;%2&quot;. Pilih awalan lain agar nomor antrian tetap berbeda.</translation>
    </message>
    <message>
        <source>The unit chosen for the service does not exist. Choose one of the office&apos;s units.</source>
        <translation>Unit kerja yang dipilih untuk layanan ini tidak ada. Pilih salah satu unit kerja kantor.</translation>
    </message>
    <message>
        <source>adding a service</source>
        <translation>menambah layanan</translation>
    </message>
    <message>
        <source>changing a service</source>
        <translation>mengubah layanan</translation>
    </message>
    <message>
        <source>The service name</source>
        <translation>Nama layanan</translation>
    </message>
</context>
<context>
    <name>ServiceTarget</name>
    <message>
        <source>from the service standard</source>
        <translation>dari Standar Pelayanan</translation>
    </message>
    <message>
        <source>from the service standard (SK %1)</source>
        <translation>dari Standar Pelayanan SK %1</translation>
    </message>
    <message>
        <source>the service&apos;s own target (the standard promises %1)</source>
        <translation>target layanan sendiri (standar menjanjikan %1)</translation>
    </message>
    <message>
        <source>the service&apos;s own target</source>
        <translation>target layanan sendiri</translation>
    </message>
    <message>
        <source>reading the service&apos;s time target</source>
        <translation>membaca target waktu layanan</translation>
    </message>
    <message>
        <source>The service no longer exists.</source>
        <translation>Layanan tersebut sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Pengaturan &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>menyimpan pengaturan</translation>
    </message>
</context>
<context>
    <name>StandardDocument</name>
    <message>
        <source>Phone %1</source>
        <translation>Telepon %1</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>Ditetapkan di</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Pada tanggal</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Kepala Kantor</translation>
    </message>
    <message>
        <source>%1 · %2 · printed %3</source>
        <translation>%1 · %2 · dicetak %3</translation>
    </message>
    <message>
        <source>SERVICE STANDARD</source>
        <translation>STANDAR PELAYANAN</translation>
    </message>
    <message>
        <source>DRAFT, version %1: not yet set by decree</source>
        <translation>DRAF, versi %1: belum ditetapkan dengan SK</translation>
    </message>
    <message>
        <source>Set by decree no. %1 of %2 · in force from %3 · version %4</source>
        <translation>Ditetapkan dengan SK nomor %1 tanggal %2 · berlaku mulai %3 · versi %4</translation>
    </message>
    <message>
        <source>Superseded: in force until %1</source>
        <translation>Sudah diganti: berlaku sampai %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>A. Service delivery: what the public is promised</source>
        <translation>A. Penyampaian pelayanan: yang dijanjikan kepada masyarakat</translation>
    </message>
    <message>
        <source>B. Internal management of the service</source>
        <translation>B. Pengelolaan pelayanan di internal organisasi</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>GRATIS</translation>
    </message>
    <message>
        <source>Decree no. %1 of %2 · in force from %3</source>
        <translation>SK nomor %1 tanggal %2 · berlaku mulai %3</translation>
    </message>
    <message>
        <source>DRAFT: not yet set by decree</source>
        <translation>DRAF: belum ditetapkan dengan SK</translation>
    </message>
    <message>
        <source>MAKLUMAT PELAYANAN</source>
        <translation>MAKLUMAT PELAYANAN</translation>
    </message>
    <message>
        <source>Decree no. %1 of %2</source>
        <translation>SK nomor %1 tanggal %2</translation>
    </message>
    <message>
        <source>Service standard %1, version %2</source>
        <translation>Standar pelayanan %1, versi %2</translation>
    </message>
</context>
<context>
    <name>StandardPdf</name>
    <message>
        <source>The folder %1 does not exist, so the PDF cannot be written there. Create it or choose another folder.</source>
        <translation>Folder %1 tidak ada, sehingga PDF tidak dapat ditulis di sana. Buat folder itu atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose a folder you can write to.</source>
        <translation>PDF tidak dapat ditulis ke %1. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
</context>
<context>
    <name>StandardRecordStore</name>
    <message>
        <source>The entry was already removed. Reload the list.</source>
        <translation>Entri tersebut sudah dihapus. Muat ulang daftar.</translation>
    </message>
    <message>
        <source>reading the public consultations</source>
        <translation>membaca daftar konsultasi publik</translation>
    </message>
    <message>
        <source>reading the minutes of a public consultation</source>
        <translation>membaca berita acara konsultasi publik</translation>
    </message>
    <message>
        <source>The public consultation was removed meanwhile.</source>
        <translation>Konsultasi publik tersebut sudah dihapus sebelumnya.</translation>
    </message>
    <message>
        <source>saving a public consultation</source>
        <translation>menyimpan konsultasi publik</translation>
    </message>
    <message>
        <source>removing a public consultation</source>
        <translation>menghapus konsultasi publik</translation>
    </message>
    <message>
        <source>reading the publications of the standards</source>
        <translation>membaca publikasi standar pelayanan</translation>
    </message>
    <message>
        <source>saving a publication of a standard</source>
        <translation>menyimpan publikasi standar pelayanan</translation>
    </message>
    <message>
        <source>removing a publication of a standard</source>
        <translation>menghapus publikasi standar pelayanan</translation>
    </message>
    <message>
        <source>reading the reviews of the standards</source>
        <translation>membaca peninjauan standar pelayanan</translation>
    </message>
    <message>
        <source>saving a review of a standard</source>
        <translation>menyimpan peninjauan standar pelayanan</translation>
    </message>
    <message>
        <source>removing a review of a standard</source>
        <translation>menghapus peninjauan standar pelayanan</translation>
    </message>
    <message>
        <source>reading the Maklumat Pelayanan</source>
        <translation>membaca Maklumat Pelayanan</translation>
    </message>
    <message>
        <source>saving the Maklumat Pelayanan</source>
        <translation>menyimpan Maklumat Pelayanan</translation>
    </message>
    <message>
        <source>saving a publication of the Maklumat Pelayanan</source>
        <translation>menyimpan publikasi Maklumat Pelayanan</translation>
    </message>
    <message>
        <source>replacing the publications of the Maklumat Pelayanan</source>
        <translation>mengganti publikasi Maklumat Pelayanan</translation>
    </message>
    <message>
        <source>removing a publication of the Maklumat Pelayanan</source>
        <translation>menghapus publikasi Maklumat Pelayanan</translation>
    </message>
    <message>
        <source>replacing the standard of a service</source>
        <translation>mengganti standar pelayanan suatu layanan</translation>
    </message>
</context>
<context>
    <name>StandardRegister</name>
    <message>
        <source>Choose the services whose standards the public consultation discussed.</source>
        <translation>Pilih layanan yang standar pelayanannya dibahas dalam konsultasi publik.</translation>
    </message>
    <message>
        <source>Enter the date the public consultation was held.</source>
        <translation>Masukkan tanggal pelaksanaan konsultasi publik.</translation>
    </message>
    <message>
        <source>Record at least one group of society that took part (e.g. tokoh masyarakat, pengguna layanan).</source>
        <translation>Catat setidaknya satu kelompok masyarakat yang ikut serta (mis. tokoh masyarakat, pengguna layanan).</translation>
    </message>
    <message>
        <source>A group of participants has no name: name the group or remove it.</source>
        <translation>Ada kelompok peserta yang tidak bernama: beri nama kelompok itu atau hapus.</translation>
    </message>
    <message>
        <source>The number of participants of %1 cannot be negative.</source>
        <translation>Jumlah peserta %1 tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The minutes file is larger than %1 MB: scan it at a lower resolution.</source>
        <translation>Berkas berita acara lebih dari %1 MB: pindai dengan resolusi yang lebih rendah.</translation>
    </message>
    <message>
        <source>Give the minutes file a name.</source>
        <translation>Beri nama berkas berita acara.</translation>
    </message>
    <message>
        <source>Name the medium the standard was published on (e.g. papan pengumuman, website, SIPPN).</source>
        <translation>Sebutkan media tempat standar pelayanan dipublikasikan (mis. papan pengumuman, website, SIPPN).</translation>
    </message>
    <message>
        <source>Enter the date of the publication.</source>
        <translation>Masukkan tanggal publikasi.</translation>
    </message>
    <message>
        <source>Enter the date of the review.</source>
        <translation>Masukkan tanggal peninjauan.</translation>
    </message>
    <message>
        <source>Enter who reviewed the standard (a person or a team).</source>
        <translation>Masukkan siapa yang meninjau standar pelayanan (perorangan atau tim).</translation>
    </message>
    <message>
        <source>The service no longer exists. Reload the list of services.</source>
        <translation>Layanan tersebut sudah tidak ada. Muat ulang daftar layanan.</translation>
    </message>
    <message>
        <source>The Maklumat Pelayanan has no text. Write the office&apos;s promise, or keep the default.</source>
        <translation>Maklumat Pelayanan belum berisi teks. Tulis janji pelayanan kantor, atau gunakan teks bawaan.</translation>
    </message>
    <message>
        <source>Enter both the number and the date of the decree of the Maklumat, or neither.</source>
        <translation>Isi nomor dan tanggal SK Maklumat sekaligus, atau kosongkan keduanya.</translation>
    </message>
</context>
<context>
    <name>StandardRepository</name>
    <message>
        <source>reading the services</source>
        <translation>membaca daftar layanan</translation>
    </message>
    <message>
        <source>reading the service standards</source>
        <translation>membaca daftar standar pelayanan</translation>
    </message>
    <message>
        <source>reading a service standard</source>
        <translation>membaca standar pelayanan</translation>
    </message>
    <message>
        <source>numbering a new version of a standard</source>
        <translation>memberi nomor versi baru standar pelayanan</translation>
    </message>
    <message>
        <source>saving a service standard</source>
        <translation>menyimpan standar pelayanan</translation>
    </message>
    <message>
        <source>This version of the standard is no longer a draft, so it cannot be changed. Open the standard again and edit its draft.</source>
        <translation>Versi standar pelayanan ini sudah bukan draf, sehingga tidak dapat diubah. Buka kembali standar pelayanan tersebut dan ubah drafnya.</translation>
    </message>
    <message>
        <source>setting a service standard</source>
        <translation>menetapkan standar pelayanan</translation>
    </message>
    <message>
        <source>This version of the standard is no longer a draft: someone else set it meanwhile.</source>
        <translation>Versi standar pelayanan ini sudah bukan draf: pengguna lain telah menetapkannya.</translation>
    </message>
    <message>
        <source>closing the previous version of a standard</source>
        <translation>menutup versi sebelumnya dari standar pelayanan</translation>
    </message>
    <message>
        <source>removing a version of a standard</source>
        <translation>menghapus versi standar pelayanan</translation>
    </message>
</context>
<context>
    <name>StandardService</name>
    <message>
        <source>There is no service with the code &quot;%1&quot;. Check the code in the list of services.</source>
        <translation>Tidak ada layanan dengan kode &quot;%1&quot;. Periksa kode di daftar layanan.</translation>
    </message>
    <message>
        <source>The service no longer exists. Reload the list of services.</source>
        <translation>Layanan tersebut sudah tidak ada. Muat ulang daftar layanan.</translation>
    </message>
    <message>
        <source>The standard has no version %1. See the list of its versions.</source>
        <translation>Standar pelayanan ini tidak memiliki versi %1. Lihat daftar versinya.</translation>
    </message>
    <message>
        <source>The version of the standard was removed meanwhile.</source>
        <translation>Versi standar pelayanan tersebut sudah dihapus sebelumnya.</translation>
    </message>
    <message>
        <source>The standard was not saved; correct these entries first:
%1</source>
        <translation>Standar pelayanan tidak disimpan; perbaiki isian berikut terlebih dahulu:
%1</translation>
    </message>
    <message>
        <source>Version %1 of the standard for %2 was set by decree %3 and cannot be changed. Edit the draft instead: it starts as a copy of the newest version.</source>
        <translation>Versi %1 standar pelayanan %2 sudah ditetapkan dengan SK %3 dan tidak dapat diubah. Ubah drafnya saja: draf dimulai sebagai salinan versi terbaru.</translation>
    </message>
    <message>
        <source>This service&apos;s standard has no draft to discard.</source>
        <translation>Standar pelayanan layanan ini tidak memiliki draf untuk dibuang.</translation>
    </message>
    <message>
        <source>Enter the number of the decree (nomor SK) that sets the standard.</source>
        <translation>Masukkan nomor SK yang menetapkan standar pelayanan.</translation>
    </message>
    <message>
        <source>Enter the date of the decree that sets the standard.</source>
        <translation>Masukkan tanggal SK yang menetapkan standar pelayanan.</translation>
    </message>
    <message>
        <source>Enter the date from which the standard is in force.</source>
        <translation>Masukkan tanggal mulai berlakunya standar pelayanan.</translation>
    </message>
    <message>
        <source>The standard cannot be in force (%1) before its decree is signed (%2). Check both dates.</source>
        <translation>Standar pelayanan tidak dapat berlaku (%1) sebelum SK-nya ditandatangani (%2). Periksa kedua tanggal tersebut.</translation>
    </message>
    <message>
        <source>The standard for %1 has no draft to set. Edit the standard first: the draft starts as a copy of the version in force.</source>
        <translation>Standar pelayanan %1 tidak memiliki draf untuk ditetapkan. Ubah standar pelayanan terlebih dahulu: draf dimulai sebagai salinan versi yang berlaku.</translation>
    </message>
    <message>
        <source>The standard for %1 cannot be set yet: these components are empty: %2. Fill them in the draft, then set it.</source>
        <translation>Standar pelayanan %1 belum dapat ditetapkan; komponen berikut masih kosong: %2. Lengkapi di draf, lalu tetapkan.</translation>
    </message>
    <message>
        <source>Version %1 is in force from %2, so the new version must take effect after that date. Choose a later effective date.</source>
        <translation>Versi %1 berlaku mulai %2, sehingga versi baru harus berlaku setelah tanggal tersebut. Pilih tanggal berlaku yang lebih akhir.</translation>
    </message>
</context>
<context>
    <name>StandardText</name>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>original</source>
        <translation>asli</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>fotokopi</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>1 lembar</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>%1 lembar</translation>
    </message>
    <message>
        <source>Version %1 · draft, %2 of 14 components filled in</source>
        <translation>Versi %1 · draf, %2 dari 14 komponen terisi</translation>
    </message>
    <message>
        <source>Version %1 · decree %2 of %3, in force from %4</source>
        <translation>Versi %1 · SK %2 tanggal %3, berlaku mulai %4</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> sampai %1</translation>
    </message>
</context>
<context>
    <name>StandardsCsv</name>
    <message>
        <source>The file is empty. It needs a header line: %1.</source>
        <translation>Berkas kosong. Berkas memerlukan baris judul kolom: %1.</translation>
    </message>
    <message>
        <source>Unknown column. The columns are: %1.</source>
        <translation>Kolom tidak dikenal. Kolom yang tersedia: %1.</translation>
    </message>
    <message>
        <source>The column is missing from the header line.</source>
        <translation>Kolom ini tidak ada di baris judul.</translation>
    </message>
    <message>
        <source>The line has more fields than the header. Put text holding a comma in quotes.</source>
        <translation>Baris ini memiliki lebih banyak kolom daripada baris judul. Apit teks yang mengandung koma dengan tanda kutip.</translation>
    </message>
    <message>
        <source>Missing: the code of the service.</source>
        <translation>Belum diisi: kode layanan.</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;. Add the service first, or correct the code.</source>
        <translation>Tidak ada layanan dengan kode &quot;%1&quot;. Tambahkan layanan tersebut terlebih dahulu, atau perbaiki kodenya.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Harus salah satu dari: %1.</translation>
    </message>
    <message>
        <source>Must be a whole number from 1.</source>
        <translation>Harus bilangan bulat mulai dari 1.</translation>
    </message>
    <message>
        <source>Number %1 is used twice for %2 of %3.</source>
        <translation>Nomor %1 dipakai dua kali untuk %2 pada layanan %3.</translation>
    </message>
    <message>
        <source>Missing: the text of the item.</source>
        <translation>Belum diisi: teks butir.</translation>
    </message>
    <message>
        <source>Must be &quot;original&quot; (asli) or &quot;copy&quot; (fotokopi).</source>
        <translation>Harus &quot;original&quot; (asli) atau &quot;copy&quot; (fotokopi).</translation>
    </message>
    <message>
        <source>%1 has more than one service time line.</source>
        <translation>%1 memiliki lebih dari satu baris jangka waktu pelayanan.</translation>
    </message>
    <message>
        <source>Must be a whole number from 1, e.g. 60.</source>
        <translation>Harus bilangan bulat mulai dari 1, mis. 60.</translation>
    </message>
    <message>
        <source>Must be &quot;minutes&quot;, &quot;hours&quot; or &quot;working_days&quot;.</source>
        <translation>Harus &quot;minutes&quot;, &quot;hours&quot;, atau &quot;working_days&quot;.</translation>
    </message>
    <message>
        <source>%1 has more than one cost line.</source>
        <translation>%1 memiliki lebih dari satu baris biaya.</translation>
    </message>
    <message>
        <source>Must be an amount in rupiah such as 0, 10000 or 10.000.</source>
        <translation>Harus berupa jumlah rupiah seperti 0, 10000, atau 10.000.</translation>
    </message>
    <message>
        <source>A service that costs money must name the regulation that sets the fee (in the detail column).</source>
        <translation>Layanan berbayar harus menyebutkan peraturan yang menetapkan tarifnya (di kolom detail).</translation>
    </message>
    <message>
        <source>The text %1. Remove it from the file.</source>
        <translation>Teks %1. Hapus karakter itu dari berkas.</translation>
    </message>
</context>
<context>
    <name>StandardsJson</name>
    <message>
        <source>%1: version %2, the draft</source>
        <translation>%1: versi %2, draf</translation>
    </message>
    <message>
        <source>%1: version %2, in force (decree %3)</source>
        <translation>%1: versi %2, berlaku (keputusan %3)</translation>
    </message>
    <message>
        <source>%1: version %2, in force until %4 (decree %3)</source>
        <translation>%1: versi %2, berlaku sampai %4 (keputusan %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n publication(s)</source>
        <translation>
            <numerusform>%1: %n publikasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n review(s)</source>
        <translation>
            <numerusform>%1: %n peninjauan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n consultation(s) (the forum&apos;s record for this service)</source>
        <translation>
            <numerusform>%1: %n konsultasi (catatan forum untuk layanan ini)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file would delete or change %n version(s) of a standard that are or were in force, which a decree set. If that is really meant, add &quot;replace_in_force&quot;: true at the top of the file (see docs/standards-json.md) and run a dry run first.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: berkas ini akan menghapus atau mengubah %n versi standar yang sedang atau pernah berlaku, yang ditetapkan dengan keputusan. Jika memang itu maksudnya, tambahkan &quot;replace_in_force&quot;: true di bagian atas berkas (lihat docs/standards-json.md) dan jalankan uji coba (--dry-run) dahulu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardsJsonReader</name>
    <message>
        <source>Unknown field. Check the spelling (see docs/standards-json.md).</source>
        <translation>Kolom tidak dikenal. Periksa ejaannya (lihat docs/standards-json.md).</translation>
    </message>
    <message>
        <source>Missing: this field is required.</source>
        <translation>Belum ada: kolom ini wajib diisi.</translation>
    </message>
    <message>
        <source>Must be text (in quotes).</source>
        <translation>Harus berupa teks (dalam tanda kutip).</translation>
    </message>
    <message>
        <source>Empty: this field is required.</source>
        <translation>Kosong: kolom ini wajib diisi.</translation>
    </message>
    <message>
        <source>Must be a whole number without quotes or separators, e.g. 10000.</source>
        <translation>Harus bilangan bulat tanpa tanda kutip atau pemisah, mis. 10000.</translation>
    </message>
    <message>
        <source>Missing: enter the date as YYYY-MM-DD.</source>
        <translation>Belum ada: masukkan tanggal dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, e.g. 2026-01-05.</source>
        <translation>Bukan tanggal: tulis dengan format YYYY-MM-DD, mis. 2026-01-05.</translation>
    </message>
    <message>
        <source>Must be true or false (without quotes).</source>
        <translation>Harus true atau false (tanpa tanda kutip).</translation>
    </message>
    <message>
        <source>Must be a list in square brackets [ … ].</source>
        <translation>Harus berupa daftar dalam kurung siku [ … ].</translation>
    </message>
    <message>
        <source>Must be an object in braces { … }.</source>
        <translation>Harus berupa objek dalam kurung kurawal { … }.</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot; in this database. Add the service first, or correct the code.</source>
        <translation>Tidak ada layanan dengan kode &quot;%1&quot; di basis data ini. Tambahkan layanan tersebut terlebih dahulu, atau perbaiki kodenya.</translation>
    </message>
    <message>
        <source>The file must hold one JSON object, as written by &quot;loketctl standard export&quot;.</source>
        <translation>Berkas harus berisi satu objek JSON, seperti yang ditulis oleh &quot;loketctl standard export&quot;.</translation>
    </message>
    <message>
        <source>This is not a Loket standards file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Ini bukan berkas standar pelayanan Loket (&quot;format&quot; harus &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file was written by a newer Loket (format %1; this one reads up to %2). Update Loket.</source>
        <translation>Berkas ini ditulis oleh Loket versi yang lebih baru (format %1; versi ini dapat membaca sampai %2). Perbarui Loket.</translation>
    </message>
    <message>
        <source>The version number must be 1 or more.</source>
        <translation>Nomor versi harus 1 atau lebih.</translation>
    </message>
    <message>
        <source>Must be &quot;draft&quot;, &quot;set&quot; or &quot;superseded&quot;.</source>
        <translation>Harus &quot;draft&quot;, &quot;set&quot;, atau &quot;superseded&quot;.</translation>
    </message>
    <message>
        <source>A draft has no decree or effective dates yet: remove them, or give the status &quot;set&quot;.</source>
        <translation>Draf belum memiliki SK atau tanggal berlaku: hapus isian tersebut, atau beri status &quot;set&quot;.</translation>
    </message>
    <message>
        <source>A set standard needs the number of its decree.</source>
        <translation>Standar pelayanan yang ditetapkan memerlukan nomor SK-nya.</translation>
    </message>
    <message>
        <source>A set standard needs the date of its decree.</source>
        <translation>Standar pelayanan yang ditetapkan memerlukan tanggal SK-nya.</translation>
    </message>
    <message>
        <source>A set standard needs the date it is in force from.</source>
        <translation>Standar pelayanan yang ditetapkan memerlukan tanggal mulai berlakunya.</translation>
    </message>
    <message>
        <source>The standard cannot be in force before its decree is signed (%1).</source>
        <translation>Standar pelayanan tidak dapat berlaku sebelum SK-nya ditandatangani (%1).</translation>
    </message>
    <message>
        <source>The version in force has no end date; only superseded versions have one.</source>
        <translation>Versi yang berlaku tidak memiliki tanggal akhir; hanya versi yang sudah diganti yang memilikinya.</translation>
    </message>
    <message>
        <source>A superseded version needs the last day it was in force.</source>
        <translation>Versi yang sudah diganti memerlukan tanggal terakhir berlakunya.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir lebih awal daripada tanggal mulai.</translation>
    </message>
    <message>
        <source>A set standard must have all 14 components; empty: %1.</source>
        <translation>Standar pelayanan yang ditetapkan harus memiliki ke-14 komponen; yang kosong: %1.</translation>
    </message>
    <message>
        <source>Missing: name the document.</source>
        <translation>Belum ada: sebutkan nama dokumen.</translation>
    </message>
    <message>
        <source>Must be &quot;original&quot; or &quot;copy&quot;.</source>
        <translation>Harus &quot;original&quot; atau &quot;copy&quot;.</translation>
    </message>
    <message>
        <source>Must be &quot;minutes&quot;, &quot;hours&quot; or &quot;working_days&quot;.</source>
        <translation>Harus &quot;minutes&quot;, &quot;hours&quot;, atau &quot;working_days&quot;.</translation>
    </message>
    <message>
        <source>Version %1 of %2 appears twice in the file.</source>
        <translation>Versi %1 dari %2 muncul dua kali dalam berkas.</translation>
    </message>
    <message>
        <source>%1 has more than one draft; a service has at most one.</source>
        <translation>%1 memiliki lebih dari satu draf; satu layanan paling banyak memiliki satu draf.</translation>
    </message>
    <message>
        <source>Version %1 is followed by version %2, so it must be &quot;superseded&quot;.</source>
        <translation>Versi %1 diikuti oleh versi %2, sehingga harus berstatus &quot;superseded&quot;.</translation>
    </message>
    <message>
        <source>Version %1 must end before version %2 takes effect (%3).</source>
        <translation>Versi %1 harus berakhir sebelum versi %2 mulai berlaku (%3).</translation>
    </message>
    <message>
        <source>The newest version that is not a draft must be &quot;set&quot; (in force).</source>
        <translation>Versi terbaru yang bukan draf harus berstatus &quot;set&quot; (berlaku).</translation>
    </message>
    <message>
        <source>The draft must have a higher version number than the set versions (above %1).</source>
        <translation>Draf harus memiliki nomor versi yang lebih tinggi daripada versi yang sudah ditetapkan (di atas %1).</translation>
    </message>
    <message>
        <source>List at least one service whose standard the forum discussed.</source>
        <translation>Cantumkan setidaknya satu layanan yang standar pelayanannya dibahas dalam forum.</translation>
    </message>
    <message>
        <source>Missing: list the services whose standards the forum discussed.</source>
        <translation>Belum ada: cantumkan layanan yang standar pelayanannya dibahas dalam forum.</translation>
    </message>
    <message>
        <source>Must be the code of a service in quotes.</source>
        <translation>Harus berupa kode layanan dalam tanda kutip.</translation>
    </message>
    <message>
        <source>Record at least one group of society that took part.</source>
        <translation>Catat setidaknya satu kelompok masyarakat yang ikut serta.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Jumlah peserta tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Must be a name in quotes.</source>
        <translation>Harus berupa nama dalam tanda kutip.</translation>
    </message>
    <message>
        <source>The file content is not valid base64.</source>
        <translation>Isi berkas bukan base64 yang valid.</translation>
    </message>
    <message>
        <source>The minutes file is larger than %1 MB.</source>
        <translation>Berkas berita acara lebih dari %1 MB.</translation>
    </message>
    <message>
        <source>Must be &quot;no_change&quot;, &quot;revision_needed&quot; or &quot;revised&quot;.</source>
        <translation>Harus &quot;no_change&quot;, &quot;revision_needed&quot;, atau &quot;revised&quot;.</translation>
    </message>
    <message>
        <source>Give both the number and the date of the decree of the Maklumat, or neither.</source>
        <translation>Isi nomor dan tanggal SK Maklumat sekaligus, atau kosongkan keduanya.</translation>
    </message>
    <message>
        <source>Is null: must be text (in quotes); leave the field out if it has none.</source>
        <translation>Bernilai null: harus berupa teks (dalam tanda kutip); hilangkan kolom ini jika tidak ada isinya.</translation>
    </message>
    <message>
        <source>The text %1. Remove it from the file.</source>
        <translation>Teks %1. Hapus karakter itu dari berkas.</translation>
    </message>
    <message>
        <source>Is null: must be a whole number; leave the field out if it has none.</source>
        <translation>Bernilai null: harus berupa bilangan bulat; hilangkan kolom ini jika tidak ada isinya.</translation>
    </message>
    <message>
        <source>Is null: must be a date as YYYY-MM-DD; leave the field out if it has none.</source>
        <translation>Bernilai null: harus berupa tanggal YYYY-MM-DD; hilangkan kolom ini jika tidak ada isinya.</translation>
    </message>
    <message>
        <source>Is null: must be a list in square brackets [ … ]; write [ ] for an empty list.</source>
        <translation>Bernilai null: harus berupa daftar dalam kurung siku [ … ]; tulis [ ] untuk daftar kosong.</translation>
    </message>
    <message>
        <source>Is null: must be an object in braces { … }; leave the field out if it has none.</source>
        <translation>Bernilai null: harus berupa objek dalam kurung kurawal { … }; hilangkan kolom ini jika tidak ada isinya.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1). Check the commas, quotes and brackets around this line.</source>
        <translation>Berkas bukan JSON yang sah (pada karakter ke-%1). Periksa koma, tanda kutip, dan kurung di sekitar baris ini.</translation>
    </message>
    <message>
        <source>Missing: the list is required; write [ ] if it is empty.</source>
        <translation>Tidak ada: daftar ini wajib ada; tulis [ ] jika kosong.</translation>
    </message>
    <message>
        <source>The name %1. Remove it from the file.</source>
        <translation>Nama %1. Hapus karakter itu dari berkas.</translation>
    </message>
</context>
<context>
    <name>SuggestionReviewCharts</name>
    <message>
        <source>Slips per month, by kind</source>
        <translation>Lembar per bulan, menurut jenis</translation>
    </message>
    <message>
        <source>Slips per service (12 months)</source>
        <translation>Lembar per layanan (12 bulan)</translation>
    </message>
    <message>
        <source>Suggestions and questions</source>
        <translation>Saran dan pertanyaan</translation>
    </message>
</context>
<context>
    <name>SuggestionService</name>
    <message>
        <source>Sign in to read the minutes.</source>
        <translation>Masuk terlebih dahulu untuk membaca berita acara.</translation>
    </message>
    <message>
        <source>Suggestion box opening %1 does not exist.</source>
        <translation>Pembukaan kotak saran %1 tidak ada.</translation>
    </message>
    <message>
        <source>There are no minutes numbered %1.</source>
        <translation>Tidak ada berita acara bernomor %1.</translation>
    </message>
    <message>
        <source>Slip %1 does not exist.</source>
        <translation>Lembar %1 tidak ada.</translation>
    </message>
    <message>
        <source>Slip %1 has no scan.</source>
        <translation>Lembar %1 tidak memiliki pindaian.</translation>
    </message>
    <message>
        <source>Record at least one member of the team that opened the box.</source>
        <translation>Catat sekurang-kurangnya satu anggota tim yang membuka kotak.</translation>
    </message>
    <message numerus="yes">
        <source>The box is opened before at least two witnesses: %n more to record.</source>
        <translation>
            <numerusform>Kotak dibuka di hadapan sekurang-kurangnya dua saksi: %n saksi lagi perlu dicatat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide what happens to every slip: %n without a decision (number %1).</source>
        <translation>
            <numerusform>Putuskan tindak lanjut setiap lembar: %n lembar belum diputuskan (nomor %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the head of office&apos;s name in the office profile: the minutes are signed &quot;Mengetahui&quot; by the head of office.</source>
        <translation>Tuliskan nama kepala kantor di profil kantor: berita acara ditandatangani &quot;Mengetahui&quot; oleh kepala kantor.</translation>
    </message>
    <message>
        <source>Sign in to see the suggestion boxes.</source>
        <translation>Masuk terlebih dahulu untuk melihat kotak saran.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 terlalu panjang (%2 karakter; paling banyak %3).</translation>
    </message>
    <message>
        <source>Give the box a name, e.g. &quot;Kotak Saran 1&quot;.</source>
        <translation>Beri nama kotak, misalnya &quot;Kotak Saran 1&quot;.</translation>
    </message>
    <message>
        <source>The box&apos;s name</source>
        <translation>Nama kotak</translation>
    </message>
    <message>
        <source>The box&apos;s location</source>
        <translation>Lokasi kotak</translation>
    </message>
    <message>
        <source>There is already a box named %1.</source>
        <translation>Sudah ada kotak bernama %1.</translation>
    </message>
    <message>
        <source>Suggestion box %1 does not exist.</source>
        <translation>Kotak saran %1 tidak ada.</translation>
    </message>
    <message>
        <source>Give the day the box was opened.</source>
        <translation>Isi tanggal pembukaan kotak.</translation>
    </message>
    <message>
        <source>The box cannot have been opened on a day still to come (%1). Check the date.</source>
        <translation>Kotak tidak mungkin dibuka pada hari yang belum tiba (%1). Periksa tanggalnya.</translation>
    </message>
    <message>
        <source>The opening was more than a year ago. Check the date.</source>
        <translation>Pembukaan itu lebih dari setahun yang lalu. Periksa tanggalnya.</translation>
    </message>
    <message>
        <source>The box cannot have been opened at a time still to come (%1). Check the time.</source>
        <translation>Kotak tidak mungkin dibuka pada jam yang belum tiba (%1). Periksa jamnya.</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>The note on the seal</source>
        <translation>Catatan tentang segel</translation>
    </message>
    <message>
        <source>The seal was found broken: write what was seen (e.g. &quot;segel sobek di sisi kiri&quot;).</source>
        <translation>Segel ditemukan rusak: tuliskan apa yang terlihat (misalnya &quot;segel sobek di sisi kiri&quot;).</translation>
    </message>
    <message>
        <source>The period covered (%1) begins after the opening. Check the month.</source>
        <translation>Periode yang dicakup (%1) dimulai setelah pembukaan. Periksa bulannya.</translation>
    </message>
    <message>
        <source>The box %1 is no longer in use.</source>
        <translation>Kotak %1 sudah tidak digunakan.</translation>
    </message>
    <message>
        <source>The opening of %1 recorded earlier (number %2) is not signed yet: finish and sign it, or discard it, before opening the box again.</source>
        <translation>Pembukaan %1 yang dicatat sebelumnya (nomor %2) belum ditandatangani: selesaikan dan tandatangani, atau batalkan, sebelum membuka kotak lagi.</translation>
    </message>
    <message>
        <source>The minutes %1 are signed: a signed opening cannot be changed.</source>
        <translation>Berita acara %1 sudah ditandatangani: pembukaan yang sudah ditandatangani tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Say why the opening is discarded (e.g. &quot;dicatat dua kali&quot;).</source>
        <translation>Sebutkan alasan pembukaan dibatalkan (misalnya &quot;dicatat dua kali&quot;).</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Tuliskan nama orangnya.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>The role in the team</source>
        <translation>Jabatan dalam tim</translation>
    </message>
    <message>
        <source>%1 is not a NIP: a NIP has 18 digits (spaces allowed). Leave it empty for a witness from the public.</source>
        <translation>%1 bukan NIP: NIP terdiri atas 18 angka (boleh dengan spasi). Kosongkan untuk saksi dari unsur masyarakat.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Unsur masyarakat</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>%1 is already recorded at this opening (%2).</source>
        <translation>%1 sudah dicatat pada pembukaan ini (%2).</translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation>Anggota %1 tidak ada.</translation>
    </message>
    <message>
        <source>Write what the slip says (a short summary).</source>
        <translation>Tuliskan isi lembar saran (ringkasan singkat).</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>%1 is not one of the survey&apos;s elements U1 to U9.</source>
        <translation>%1 bukan salah satu unsur survei U1 sampai U9.</translation>
    </message>
    <message>
        <source>An empty or irrelevant slip has nothing to follow up: archive it.</source>
        <translation>Lembar kosong atau tidak relevan tidak perlu ditindaklanjuti: arsipkan.</translation>
    </message>
    <message>
        <source>reading the service</source>
        <translation>membaca layanan</translation>
    </message>
    <message>
        <source>Service %1 does not exist.</source>
        <translation>Layanan %1 tidak ada.</translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation>membaca data pengguna</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Pengguna %1 tidak ada.</translation>
    </message>
    <message>
        <source>The person put in charge no longer has an active account.</source>
        <translation>Penanggung jawab yang dipilih sudah tidak memiliki akun aktif.</translation>
    </message>
    <message>
        <source>The target date is before the opening. Check the date.</source>
        <translation>Tanggal target sebelum tanggal pembukaan. Periksa tanggalnya.</translation>
    </message>
    <message>
        <source>The scan&apos;s name</source>
        <translation>Nama pindaian</translation>
    </message>
    <message>
        <source>The scan %1 is empty.</source>
        <translation>Pindaian %1 kosong.</translation>
    </message>
    <message>
        <source>The scan %1 is too large (%2 KB; at most %3 KB).</source>
        <translation>Pindaian %1 terlalu besar (%2 KB; paling besar %3 KB).</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture or a PDF file: scan the slip again.</source>
        <translation>%1 bukan gambar PNG atau JPEG atau berkas PDF: pindai ulang lembar tersebut.</translation>
    </message>
    <message>
        <source>The minutes cannot be signed yet:
%1</source>
        <translation>Berita acara belum dapat ditandatangani:
%1</translation>
    </message>
    <message>
        <source>From the suggestion box %1 (%2), opened on %3: minutes %4, slip %5.
%6</source>
        <translation>Dari kotak saran %1 (%2), dibuka tanggal %3: berita acara %4, lembar %5.
%6</translation>
    </message>
    <message>
        <source>Decided at the opening of the suggestion box (minutes %1).</source>
        <translation>Diputuskan pada pembukaan kotak saran (berita acara %1).</translation>
    </message>
    <message>
        <source>Sign in to record what was done.</source>
        <translation>Masuk terlebih dahulu untuk mencatat tindak lanjut.</translation>
    </message>
    <message>
        <source>The minutes of this slip are not signed yet: a decision is carried out once they are.</source>
        <translation>Berita acara lembar ini belum ditandatangani: keputusan dilaksanakan setelah ditandatangani.</translation>
    </message>
    <message>
        <source>Slip %1 became complaint %2: it is done when the complaint is settled.</source>
        <translation>Lembar %1 menjadi pengaduan %2: selesai ketika pengaduan itu diselesaikan.</translation>
    </message>
    <message>
        <source>Slip %1 was archived: there is nothing left to do.</source>
        <translation>Lembar %1 diarsipkan: tidak ada lagi yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Slip %1 was already marked done.</source>
        <translation>Lembar %1 sudah ditandai selesai.</translation>
    </message>
    <message>
        <source>Write what was done (e.g. &quot;dijawab melalui papan pengumuman 3 Desember&quot;).</source>
        <translation>Tuliskan apa yang sudah dilakukan (misalnya &quot;dijawab melalui papan pengumuman 3 Desember&quot;).</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>What was done is too long (at most 1000 characters).</source>
        <translation>Uraian tindak lanjut terlalu panjang (paling banyak 1000 karakter).</translation>
    </message>
    <message>
        <source>Slip %1 was added without a decision meanwhile: decide it, then sign.</source>
        <translation>Lembar %1 ditambahkan tanpa keputusan sementara itu: putuskan dahulu, lalu tandatangani.</translation>
    </message>
</context>
<context>
    <name>SuggestionStore</name>
    <message>
        <source>reading the suggestion boxes</source>
        <translation>membaca kotak saran</translation>
    </message>
    <message>
        <source>saving the suggestion box</source>
        <translation>menyimpan kotak saran</translation>
    </message>
    <message>
        <source>reading the suggestion box opening</source>
        <translation>membaca pembukaan kotak saran</translation>
    </message>
    <message>
        <source>reading the suggestion box openings</source>
        <translation>membaca daftar pembukaan kotak saran</translation>
    </message>
    <message>
        <source>saving the suggestion box opening</source>
        <translation>menyimpan pembukaan kotak saran</translation>
    </message>
    <message>
        <source>removing the suggestion box opening</source>
        <translation>menghapus pembukaan kotak saran</translation>
    </message>
    <message>
        <source>signing the minutes</source>
        <translation>menandatangani berita acara</translation>
    </message>
    <message>
        <source>numbering the minutes</source>
        <translation>memberi nomor berita acara</translation>
    </message>
    <message>
        <source>saving the member</source>
        <translation>menyimpan anggota</translation>
    </message>
    <message>
        <source>removing the member</source>
        <translation>menghapus anggota</translation>
    </message>
    <message>
        <source>reading the suggestion slips</source>
        <translation>membaca lembar saran</translation>
    </message>
    <message>
        <source>saving the slip</source>
        <translation>menyimpan lembar</translation>
    </message>
    <message>
        <source>removing the slip</source>
        <translation>menghapus lembar</translation>
    </message>
    <message>
        <source>linking the slip to its complaint</source>
        <translation>menautkan lembar dengan pengaduannya</translation>
    </message>
    <message>
        <source>saving the scan</source>
        <translation>menyimpan pindaian</translation>
    </message>
    <message>
        <source>reading the scan</source>
        <translation>membaca pindaian</translation>
    </message>
    <message>
        <source>saving what was done</source>
        <translation>menyimpan tindak lanjut</translation>
    </message>
    <message>
        <source>The opening was signed or removed meanwhile; nothing was signed.</source>
        <translation>Pembukaan itu sementara itu sudah ditandatangani atau dihapus; tidak ada yang ditandatangani.</translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan/keluhan</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Apresiasi</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Empty or not relevant</source>
        <translation>Kosong/tidak relevan</translation>
    </message>
    <message>
        <source>To the follow-up team</source>
        <translation>Diteruskan ke tim tindak lanjut</translation>
    </message>
    <message>
        <source>Answered directly</source>
        <translation>Dijawab langsung</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Forwarded to SP4N-LAPOR!</source>
        <translation>Diteruskan ke SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Not our authority</source>
        <translation>Bukan kewenangan</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Utuh</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Opening team</source>
        <translation>Tim pembuka</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Belum ditandatangani</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat target</translation>
    </message>
</context>
<context>
    <name>SurveyCharts</name>
    <message>
        <source>Band %1</source>
        <translation>Pita %1</translation>
    </message>
    <message>
        <source>Converted value per element (NRR × 25)</source>
        <translation>Nilai konversi per unsur (NRR × 25)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <source>Office IKM (converted) over the periods</source>
        <translation>IKM kantor (konversi) dari periode ke periode</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
</context>
<context>
    <name>SurveyElements</name>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Systems, mechanisms and procedures</source>
        <translation>Sistem, mekanisme, dan prosedur</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Waktu penyelesaian</translation>
    </message>
    <message>
        <source>Cost/tariff</source>
        <translation>Biaya/tarif</translation>
    </message>
    <message>
        <source>Product specification of the service</source>
        <translation>Produk spesifikasi jenis pelayanan</translation>
    </message>
    <message>
        <source>Competence of the staff</source>
        <translation>Kompetensi pelaksana</translation>
    </message>
    <message>
        <source>Conduct of the staff</source>
        <translation>Perilaku pelaksana</translation>
    </message>
    <message>
        <source>Handling of complaints, suggestions and input</source>
        <translation>Penanganan pengaduan, saran, dan masukan</translation>
    </message>
    <message>
        <source>Facilities and infrastructure</source>
        <translation>Sarana dan prasarana</translation>
    </message>
</context>
<context>
    <name>SurveyHandoffService</name>
    <message>
        <source>Loket %1 is no longer in use. Ask the administrator to reactivate it.</source>
        <translation>Loket %1 sudah tidak dipakai. Minta administrator untuk mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>reading the ticket</source>
        <translation>membaca tiket</translation>
    </message>
    <message>
        <source>There is no such ticket to hand to the survey screen.</source>
        <translation>Tiket yang akan diserahkan ke layar survei tidak ada.</translation>
    </message>
    <message>
        <source>Ticket %1 has not been served yet (%2): the survey is answered after the service. Finish the ticket first, then hand it to the survey screen.</source>
        <translation>Tiket %1 belum selesai dilayani (%2): survei diisi setelah pelayanan. Selesaikan tiketnya dulu, lalu serahkan ke layar survei.</translation>
    </message>
    <message>
        <source>Ticket %1 was not served at loket %2: only its own counter hands it to the survey screen.</source>
        <translation>Tiket %1 tidak dilayani di loket %2: hanya loket yang melayaninya yang menyerahkannya ke layar survei.</translation>
    </message>
    <message>
        <source>The survey for ticket %1 has already been answered.</source>
        <translation>Survei untuk tiket %1 sudah diisi.</translation>
    </message>
    <message>
        <source>Ticket %1 is already waiting at the survey screen.</source>
        <translation>Tiket %1 sudah menunggu di layar survei.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be given the survey.</source>
        <translation>Tiket %1 tidak dapat diberi survei.</translation>
    </message>
    <message>
        <source>handing the ticket to the survey screen</source>
        <translation>menyerahkan tiket ke layar survei</translation>
    </message>
    <message>
        <source>reading the tickets served at the counter</source>
        <translation>membaca tiket yang dilayani di loket</translation>
    </message>
    <message>
        <source>No ticket was finished at loket %1 in the last %2 minutes: nothing to hand to the survey screen. Finish the citizen&apos;s ticket first, then press F12.</source>
        <translation>Tidak ada tiket yang selesai dilayani di loket %1 dalam %2 menit terakhir: tidak ada yang dapat diserahkan ke layar survei. Selesaikan tiket warga dulu, lalu tekan F12.</translation>
    </message>
    <message>
        <source>reading the tickets handed to the survey screen</source>
        <translation>membaca tiket yang diserahkan ke layar survei</translation>
    </message>
    <message>
        <source>marking the survey&apos;s hand-over as answered</source>
        <translation>menandai penyerahan survei sebagai sudah diisi</translation>
    </message>
</context>
<context>
    <name>SurveyMonthStore</name>
    <message>
        <source>reading the stored survey figures of a finished month</source>
        <translation>membaca angka survei tersimpan dari bulan yang sudah selesai</translation>
    </message>
    <message>
        <source>storing the survey figures of a finished month</source>
        <translation>menyimpan angka survei dari bulan yang sudah selesai</translation>
    </message>
</context>
<context>
    <name>SurveyPeriod</name>
    <message>
        <source>Quarter %1 %2</source>
        <translation>Triwulan %1 %2</translation>
    </message>
    <message>
        <source>Semester %1 %2</source>
        <translation>Semester %1 %2</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>per triwulan</translation>
    </message>
    <message>
        <source>every semester</source>
        <translation>per semester</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>per tahun</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter, short (a chart&apos;s axis)</comment>
        <translation>TW %1 %2</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <comment>a semester, short (a chart&apos;s axis)</comment>
        <translation>Smt %1 %2</translation>
    </message>
</context>
<context>
    <name>SurveyPlanService</name>
    <message>
        <source>Not read yet</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>In the follow-up plan</source>
        <translation>Masuk rencana tindak lanjut</translation>
    </message>
    <message>
        <source>Made a complaint</source>
        <translation>Dijadikan pengaduan</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Tidak perlu tindakan</translation>
    </message>
    <message>
        <source>reading the respondents&apos; comments</source>
        <translation>membaca komentar responden</translation>
    </message>
    <message>
        <source>Response %1 has no comment.</source>
        <translation>Jawaban %1 tidak memiliki komentar.</translation>
    </message>
    <message>
        <source>saving what was decided about the comment</source>
        <translation>menyimpan keputusan tentang komentar</translation>
    </message>
    <message>
        <source>This comment is already complaint %1.</source>
        <translation>Komentar ini sudah menjadi pengaduan %1.</translation>
    </message>
    <message>
        <source>From a satisfaction-survey response (%1), in the respondent&apos;s words: %2</source>
        <translation>Dari jawaban survei kepuasan (%1), dengan kata-kata responden: %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>reading the follow-up plan</source>
        <translation>membaca rencana tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up item %1 does not exist.</source>
        <translation>Butir tindak lanjut %1 tidak ada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a survey period: give it as 2026-Q3, 2026-S1 or 2026.</source>
        <translation>&quot;%1&quot; bukan periode survei: tulis seperti 2026-Q3, 2026-S1 atau 2026.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element: U1 to U9.</source>
        <translation>&quot;%1&quot; bukan unsur: U1 sampai U9.</translation>
    </message>
    <message>
        <source>Say what will be done.</source>
        <translation>Tuliskan apa yang akan dilakukan.</translation>
    </message>
    <message>
        <source>Name the person in charge.</source>
        <translation>Sebutkan penanggung jawabnya.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>tindakan</translation>
    </message>
    <message>
        <source>person in charge</source>
        <translation>penanggung jawab</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Isian %1 terlalu panjang (paling banyak %2 karakter).</translation>
    </message>
    <message>
        <source>Give the target date.</source>
        <translation>Isi tanggal target.</translation>
    </message>
    <message>
        <source>The target date is before the end of %1: a follow-up comes after the result.</source>
        <translation>Tanggal target sebelum akhir %1: tindak lanjut dilakukan setelah hasilnya ada.</translation>
    </message>
    <message>
        <source>saving the follow-up item</source>
        <translation>menyimpan butir tindak lanjut</translation>
    </message>
    <message>
        <source>A follow-up item that is done is kept as it was done.</source>
        <translation>Butir tindak lanjut yang sudah selesai disimpan sebagaimana diselesaikan.</translation>
    </message>
    <message>
        <source>Say what shows the item was done (a photo, a letter&apos;s number, a link): evaluators ask for it.</source>
        <translation>Sebutkan bukti bahwa butir ini sudah dilaksanakan (foto, nomor surat, tautan): evaluator memintanya.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bukti</translation>
    </message>
    <message>
        <source>reading the publications</source>
        <translation>membaca publikasi</translation>
    </message>
    <message>
        <source>Say where the result was published (a notice board, the website, …).</source>
        <translation>Sebutkan di mana hasilnya dipublikasikan (papan pengumuman, situs web, …).</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>rujukan</translation>
    </message>
    <message>
        <source>The publication date must be a day from the start of %1 until today.</source>
        <translation>Tanggal publikasi harus antara awal %1 dan hari ini.</translation>
    </message>
    <message>
        <source>saving the publication</source>
        <translation>menyimpan publikasi</translation>
    </message>
    <message>
        <source>The forum&apos;s date must be a day from the start of %1 until today.</source>
        <translation>Tanggal forum harus antara awal %1 dan hari ini.</translation>
    </message>
    <message>
        <source>saving the forum&apos;s date</source>
        <translation>menyimpan tanggal forum</translation>
    </message>
    <message>
        <source>Improve %1: find the causes with the staff and the public, and act on them.</source>
        <translation>Perbaiki %1: cari penyebabnya bersama petugas dan masyarakat, lalu tindak lanjuti.</translation>
    </message>
    <message>
        <source>Improve %1 at %2: find the causes with the staff and the public, and act on them.</source>
        <translation>Perbaiki %1 pada %2: cari penyebabnya bersama petugas dan masyarakat, lalu tindak lanjuti.</translation>
    </message>
</context>
<context>
    <name>SurveyReport</name>
    <message>
        <source>Under 20</source>
        <translation>Di bawah 20</translation>
    </message>
    <message>
        <source>20–29</source>
        <translation>20–29</translation>
    </message>
    <message>
        <source>30–39</source>
        <translation>30–39</translation>
    </message>
    <message>
        <source>40–49</source>
        <translation>40–49</translation>
    </message>
    <message>
        <source>50–59</source>
        <translation>50–59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 ke atas</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Tidak diisi</translation>
    </message>
    <message>
        <source>A closed questionnaire of nine elements with four answers each (PermenPANRB 14/2017), filled in by the service users themselves right after being served: on the survey screen in the service room, on a paper form, or online. The respondents are anonymous.</source>
        <translation>Kuesioner tertutup berisi sembilan unsur dengan empat pilihan jawaban (PermenPANRB 14/2017), diisi sendiri oleh pengguna layanan segera setelah dilayani: pada layar survei di ruang pelayanan, pada formulir kertas, atau secara daring. Responden tidak menyebutkan nama.</translation>
    </message>
    <message>
        <source>The satisfaction survey team appointed by the head of office</source>
        <translation>Tim pelaksana Survei Kepuasan Masyarakat yang ditunjuk oleh kepala kantor</translation>
    </message>
    <message>
        <source>The satisfaction survey team of %1, appointed by the head of office</source>
        <translation>Tim pelaksana Survei Kepuasan Masyarakat %1 yang ditunjuk oleh kepala kantor</translation>
    </message>
    <message>
        <source>The service room of %1</source>
        <translation>Ruang pelayanan %1</translation>
    </message>
    <message>
        <source>The office&apos;s service room</source>
        <translation>Ruang pelayanan kantor</translation>
    </message>
    <message>
        <source>The survey team</source>
        <translation>Tim survei</translation>
    </message>
    <message>
        <source>The survey method</source>
        <translation>Metode survei</translation>
    </message>
    <message>
        <source>The survey place</source>
        <translation>Tempat survei</translation>
    </message>
    <message>
        <source>%1 is too long (at most 2,000 characters).</source>
        <translation>%1 terlalu panjang (paling banyak 2.000 karakter).</translation>
    </message>
    <message>
        <source>counting the respondents</source>
        <translation>menghitung responden</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Service received</source>
        <translation>Layanan yang diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>reading the survey&apos;s trend</source>
        <translation>membaca tren survei</translation>
    </message>
    <message>
        <source>reading the services</source>
        <translation>membaca layanan</translation>
    </message>
    <message>
        <source>reading the survey responses</source>
        <translation>membaca tanggapan survei</translation>
    </message>
</context>
<context>
    <name>SurveyReportPdf</name>
    <message>
        <source>CHAPTER %1</source>
        <translation>BAB %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>APPENDIX</source>
        <translation>LAMPIRAN</translation>
    </message>
    <message>
        <source>The questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Questionnaire version %1</source>
        <translation>Kuesioner versi %1</translation>
    </message>
    <message>
        <source>the standard wording of PermenPANRB 14/2017</source>
        <translation>rumusan baku PermenPANRB 14/2017</translation>
    </message>
    <message>
        <source>in use from %1</source>
        <translation>berlaku sejak %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Answers (a = 1 … d = 4)</source>
        <translation>Pilihan jawaban (a = 1 … d = 4)</translation>
    </message>
    <message>
        <source>The profile asked with it: gender, age, education (%1), occupation (%2) and the service received; no name. Every answer is optional.</source>
        <translation>Profil yang ditanyakan: jenis kelamin, umur, pendidikan (%1), pekerjaan (%2) dan layanan yang diterima; tanpa nama. Setiap jawaban boleh dikosongkan.</translation>
    </message>
    <message>
        <source>The raw data summarised</source>
        <translation>Ringkasan data mentah</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) from %1 to %2. Per element, how many respondents gave each answer and how many left it out.</source>
        <translation>
            <numerusform>%Ln tanggapan dari %1 s.d. %2. Per unsur, jumlah responden yang memberikan setiap jawaban dan yang tidak menjawab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Tidak dijawab</translation>
    </message>
    <message>
        <source>Sum of values</source>
        <translation>Jumlah nilai</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Every response (a blank: not answered):</source>
        <translation>Seluruh tanggapan (kosong: tidak dijawab):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>G</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Edu.</source>
        <translation>Pend.</translation>
    </message>
    <message>
        <source>Occ.</source>
        <translation>Pek.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln response(s), one row each with the answers U1 to U9, are in the report&apos;s workbook (XLSX).</source>
        <translation>
            <numerusform>Seluruh %Ln tanggapan, satu baris per responden dengan jawaban U1 sampai U9, terdapat pada lembar kerja (XLSX) laporan ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>the office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>Weighting used: 1/9 for each of the nine elements (the regulation&apos;s definition).</source>
        <translation>Bobot yang digunakan: 1/9 untuk setiap unsur dari sembilan unsur (definisi peraturan).</translation>
    </message>
    <message>
        <source>Weighting used: %1 for each of the nine elements (as printed in the regulation; the exact weight is 1/9).</source>
        <translation>Bobot yang digunakan: %1 untuk setiap unsur dari sembilan unsur (sebagaimana tercetak dalam peraturan; bobot tepatnya 1/9).</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Pendahuluan</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <source>Law 25/2009 on Public Services obliges every public service provider to involve the public in running its services and to evaluate its performance regularly. The community satisfaction survey (SKM) measures, from the users&apos; own opinion, how satisfied they are with the service received, on nine elements set by PermenPANRB 14/2017. %1 runs the survey to know the quality of its services and to act on what its users say.</source>
        <translation>Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan setiap penyelenggara pelayanan publik mengikutsertakan masyarakat dalam penyelenggaraan pelayanan dan mengevaluasi kinerjanya secara berkala. Survei Kepuasan Masyarakat (SKM) mengukur tingkat kepuasan pengguna layanan atas pelayanan yang diterimanya, menurut pendapat mereka sendiri, pada sembilan unsur yang ditetapkan PermenPANRB Nomor 14 Tahun 2017. %1 melaksanakan survei ini untuk mengetahui mutu pelayanannya dan menindaklanjuti pendapat para penggunanya.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>Law Number 25 of 2009 on Public Services;</source>
        <translation>Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;</translation>
    </message>
    <message>
        <source>Regulation of the Minister for Administrative and Bureaucratic Reform (PermenPANRB) Number 14 of 2017 on the Guidelines for the Community Satisfaction Survey of Public Service Units.</source>
        <translation>Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PermenPANRB) Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.</translation>
    </message>
    <message>
        <source>Purpose and objectives</source>
        <translation>Maksud dan tujuan</translation>
    </message>
    <message>
        <source>The survey is meant to measure the level of the community&apos;s satisfaction with the services of %1 as a basis for improving them. Its objectives are:</source>
        <translation>Survei ini dimaksudkan untuk mengukur tingkat kepuasan masyarakat atas pelayanan %1 sebagai dasar perbaikan pelayanan. Tujuannya adalah:</translation>
    </message>
    <message>
        <source>to know the community satisfaction index (IKM) of the office and of each service;</source>
        <translation>mengetahui Indeks Kepuasan Masyarakat (IKM) kantor dan setiap layanan;</translation>
    </message>
    <message>
        <source>to find the weakest elements of the service, to be improved;</source>
        <translation>menemukan unsur pelayanan yang paling lemah untuk diperbaiki;</translation>
    </message>
    <message>
        <source>to plan the follow-up and to publish the result to the public.</source>
        <translation>menyusun rencana tindak lanjut dan memublikasikan hasilnya kepada masyarakat.</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>Pengumpulan data</translation>
    </message>
    <message>
        <source>The survey team</source>
        <translation>Tim pelaksana survei</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Each element is answered 1 to 4. The element&apos;s average value (NRR) is the sum of its answers divided by the number of respondents who answered it; the index (IKM) is the sum of the nine NRRs, each weighted; the converted index is IKM × 25 on the scale 25–100, rounded once, half up, to two decimals. Grades: A (Sangat Baik) from 88,31, B (Baik) from 76,61, C (Kurang Baik) from 65,00, D (Tidak Baik) below.</source>
        <translation>Setiap unsur dijawab dengan nilai 1 sampai 4. Nilai rata-rata unsur (NRR) adalah jumlah nilai jawaban unsur dibagi jumlah responden yang menjawab unsur tersebut; indeks (IKM) adalah jumlah kesembilan NRR yang masing-masing diberi bobot; IKM konversi adalah IKM × 25 pada skala 25–100, dibulatkan satu kali ke atas dari setengah, menjadi dua desimal. Mutu pelayanan: A (Sangat Baik) mulai 88,31, B (Baik) mulai 76,61, C (Kurang Baik) mulai 65,00, D (Tidak Baik) di bawahnya.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Time and period</source>
        <translation>Waktu dan periode</translation>
    </message>
    <message>
        <source>The survey covers %1.</source>
        <translation>Survei mencakup %1.</translation>
    </message>
    <message>
        <source>Population and sample</source>
        <translation>Populasi dan sampel</translation>
    </message>
    <message>
        <source>The population is the number of citizens served in the period, from the queue: N = %1. The minimum sample by Krejcie and Morgan, S = 3,841 · N · 0,25 / (0,0025 · (N − 1) + 3,841 · 0,25), is %2 respondents.</source>
        <translation>Populasi adalah jumlah warga yang dilayani dalam periode ini menurut data antrean: N = %1. Sampel minimal menurut Krejcie dan Morgan, S = 3,841 · N · 0,25 / (0,0025 · (N − 1) + 3,841 · 0,25), adalah %2 responden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) answered: the sample is sufficient.</source>
        <translation>
            <numerusform>%Ln responden telah mengisi: jumlah sampel cukup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) answered: the sample is not yet sufficient, %1 more are needed.</source>
        <translation>
            <numerusform>%Ln responden telah mengisi: jumlah sampel belum cukup, masih diperlukan %1 responden lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>The index per element</source>
        <translation>Indeks per unsur</translation>
    </message>
    <message>
        <source>IKM (sum of the weighted NRRs, scale 1–4)</source>
        <translation>IKM (jumlah NRR tertimbang, skala 1–4)</translation>
    </message>
    <message>
        <source>Converted IKM (IKM × 25)</source>
        <translation>IKM konversi (IKM × 25)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Menjawab</translation>
    </message>
    <message>
        <source>Weighted NRR (× %1)</source>
        <translation>NRR tertimbang (× %1)</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>No respondent answered %1: without all nine elements the index is not given.</source>
        <translation>Tidak ada responden yang menjawab %1: tanpa kesembilan unsur, indeks tidak dapat diberikan.</translation>
    </message>
    <message>
        <source>The community satisfaction index of %1 for %2 is %3, grade %4.</source>
        <translation>Indeks Kepuasan Masyarakat %1 untuk %2 adalah %3, mutu pelayanan %4.</translation>
    </message>
    <message>
        <source>The community satisfaction index of %1 for %2 cannot be given yet.</source>
        <translation>Indeks Kepuasan Masyarakat %1 untuk %2 belum dapat diberikan.</translation>
    </message>
    <message>
        <source>The index per service</source>
        <translation>Indeks per layanan</translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation>cukup</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>kurang %1</translation>
    </message>
    <message>
        <source>No service was used or rated in the period.</source>
        <translation>Tidak ada layanan yang digunakan atau dinilai dalam periode ini.</translation>
    </message>
    <message>
        <source>Served (N)</source>
        <translation>Dilayani (N)</translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation>Sampel minimal</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <source>Converted IKM</source>
        <translation>IKM konversi</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analisis</translation>
    </message>
    <message>
        <source>The weakest and the strongest elements</source>
        <translation>Unsur terendah dan tertinggi</translation>
    </message>
    <message>
        <source>No element was answered in the period.</source>
        <translation>Tidak ada unsur yang dijawab dalam periode ini.</translation>
    </message>
    <message>
        <source>%1: %2, grade %3</source>
        <translation>%1: %2, mutu %3</translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation>Terendah</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>Tertinggi</translation>
    </message>
    <message>
        <source>The follow-up starts with the weakest elements, above all those graded C or D.</source>
        <translation>Tindak lanjut dimulai dari unsur terendah, terutama yang bermutu C atau D.</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Rencana tindak lanjut</translation>
    </message>
    <message>
        <source>No follow-up item has been recorded for %1 yet.</source>
        <translation>Belum ada rencana tindak lanjut yang dicatat untuk %1.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>melewati target</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2) has no follow-up item yet: %3</source>
        <translation>Usulan: %1 (%2) belum memiliki rencana tindak lanjut: %3</translation>
    </message>
    <message>
        <source>The result and the plan were discussed with the public in a forum on %1.</source>
        <translation>Hasil survei dan rencana tindak lanjut telah dibahas bersama masyarakat dalam forum konsultasi publik pada %1.</translation>
    </message>
    <message>
        <source>The result and the plan have not yet been discussed in a public forum.</source>
        <translation>Hasil survei dan rencana tindak lanjut belum dibahas dalam forum konsultasi publik.</translation>
    </message>
    <message>
        <source>The result has not been published yet.</source>
        <translation>Hasil survei belum dipublikasikan.</translation>
    </message>
    <message>
        <source>Where the result was published:</source>
        <translation>Publikasi hasil survei:</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Where to see it</source>
        <translation>Tautan atau tempat</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>rose by %1 from %2</source>
        <translation>naik %1 dari %2</translation>
    </message>
    <message>
        <source>fell by %1 from %2</source>
        <translation>turun %1 dari %2</translation>
    </message>
    <message>
        <source>stayed as in %1</source>
        <translation>tetap sama dengan %1</translation>
    </message>
    <message>
        <source>The converted index of %1 %2.</source>
        <translation>IKM konversi %1 %2.</translation>
    </message>
    <message>
        <source>From %1 respondents, the community satisfaction index of %2 for %3 is %4, grade %5, computed with the weight %6.</source>
        <translation>Dari %1 responden, Indeks Kepuasan Masyarakat %2 untuk %3 adalah %4, mutu pelayanan %5, dihitung dengan bobot %6.</translation>
    </message>
    <message>
        <source>With %1 respondents the index of %2 for %3 cannot be given yet.</source>
        <translation>Dengan %1 responden, indeks %2 untuk %3 belum dapat diberikan.</translation>
    </message>
    <message>
        <source>The result will be followed up as planned and published to the public. We thank every respondent for their opinion, which helps us serve better.</source>
        <translation>Hasil survei ini akan ditindaklanjuti sesuai rencana dan dipublikasikan kepada masyarakat. Kami berterima kasih kepada setiap responden atas pendapatnya, yang membantu kami melayani lebih baik.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Head of office,</source>
        <translation>Kepala kantor,</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>COMMUNITY SATISFACTION SURVEY REPORT</source>
        <translation>LAPORAN SURVEI KEPUASAN MASYARAKAT</translation>
    </message>
    <message>
        <source>SKM report %1 · %2 · weight %3</source>
        <translation>Laporan SKM %1 · %2 · bobot %3</translation>
    </message>
</context>
<context>
    <name>SurveyReportXlsx</name>
    <message>
        <source>Weighting: 1/9 per element (exact)</source>
        <translation>Bobot: 1/9 per unsur (tepat)</translation>
    </message>
    <message>
        <source>Weighting: 0.111 per element (as printed in the regulation)</source>
        <translation>Bobot: 0,111 per unsur (sebagaimana tercetak dalam peraturan)</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periode: %1 s.d. %2</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sum of values</source>
        <translation>Jumlah nilai</translation>
    </message>
    <message>
        <source>Respondents answering</source>
        <translation>Responden menjawab</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Weighted NRR</source>
        <translation>NRR tertimbang</translation>
    </message>
    <message>
        <source>Converted (NRR × 25)</source>
        <translation>Konversi (NRR × 25)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>IKM converted (IKM × 25)</source>
        <translation>IKM konversi (IKM × 25)</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Respondent data</source>
        <translation>Data responden</translation>
    </message>
    <message>
        <source>Community satisfaction survey: data per respondent</source>
        <translation>Survei Kepuasan Masyarakat: data per responden</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Sum of values per element</source>
        <translation>Jumlah nilai per unsur</translation>
    </message>
    <message>
        <source>Respondents answering per element</source>
        <translation>Jumlah responden menjawab per unsur</translation>
    </message>
    <message>
        <source>NRR per element</source>
        <translation>NRR per unsur</translation>
    </message>
    <message>
        <source>Weighted NRR per element (× %1)</source>
        <translation>NRR tertimbang per unsur (× %1)</translation>
    </message>
    <message>
        <source>IKM (sum of the weighted NRRs)</source>
        <translation>IKM (jumlah NRR tertimbang)</translation>
    </message>
    <message>
        <source>IKM converted (IKM × 25, rounded half up)</source>
        <translation>IKM konversi (IKM × 25, dibulatkan)</translation>
    </message>
    <message>
        <source>Grade of service</source>
        <translation>Mutu pelayanan</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Community satisfaction index (IKM)</source>
        <translation>Indeks Kepuasan Masyarakat (IKM)</translation>
    </message>
    <message>
        <source>Served in the period (N)</source>
        <translation>Dilayani dalam periode (N)</translation>
    </message>
    <message>
        <source>Minimum sample (Krejcie–Morgan)</source>
        <translation>Sampel minimal (Krejcie–Morgan)</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Served (N)</source>
        <translation>Dilayani (N)</translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation>Sampel minimal</translation>
    </message>
    <message>
        <source>IKM converted</source>
        <translation>IKM konversi</translation>
    </message>
    <message>
        <source>IKM of the service %1</source>
        <translation>IKM layanan %1</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>reading the survey answers</source>
        <translation>membaca jawaban survei</translation>
    </message>
    <message>
        <source>reading the survey responses</source>
        <translation>membaca data responden survei</translation>
    </message>
    <message>
        <source>Choose a quarter (1 to 4), a semester (1 or 2) or a year.</source>
        <translation>Pilih triwulan (1 sampai 4), semester (1 atau 2) atau tahun.</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the survey&apos;s period.</source>
        <translation>Pilih hari pertama dan hari terakhir periode survei.</translation>
    </message>
    <message>
        <source>The period ends before it starts: the last day is before the first.</source>
        <translation>Periode berakhir sebelum dimulai: hari terakhir sebelum hari pertama.</translation>
    </message>
    <message>
        <source>counting the citizens served</source>
        <translation>menghitung warga yang dilayani</translation>
    </message>
    <message>
        <source>reading the services</source>
        <translation>membaca daftar layanan</translation>
    </message>
    <message>
        <source>reading the questionnaire</source>
        <translation>membaca kuesioner</translation>
    </message>
    <message>
        <source>Questionnaire version %1 does not exist.</source>
        <translation>Kuesioner versi %1 tidak ada.</translation>
    </message>
    <message>
        <source>Questionnaire version %1 has no question for %2; the database is damaged.</source>
        <translation>Kuesioner versi %1 tidak memuat pertanyaan untuk %2; basis data rusak.</translation>
    </message>
    <message>
        <source>%1 is not a survey element: use U1 to U9.</source>
        <translation>%1 bukan unsur survei: gunakan U1 sampai U9.</translation>
    </message>
    <message>
        <source>Write the question for %1: an element can be reworded, not left out.</source>
        <translation>Tulis pertanyaan untuk %1: rumusan unsur boleh diubah, tetapi unsur tidak boleh dihilangkan.</translation>
    </message>
    <message>
        <source>Write the four answer labels for %1, from the worst (1) to the best (4).</source>
        <translation>Tulis keempat pilihan jawaban untuk %1, dari yang terburuk (1) sampai yang terbaik (4).</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Answer label %1</source>
        <translation>Pilihan jawaban %1</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 terlalu panjang (%2 karakter; paling banyak %3).</translation>
    </message>
    <message>
        <source>%1 already reads like this in the current questionnaire: nothing to change.</source>
        <translation>%1 sudah berbunyi seperti ini di kuesioner yang berlaku: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>saving the questionnaire</source>
        <translation>menyimpan kuesioner</translation>
    </message>
    <message>
        <source>education</source>
        <translation>pendidikan</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>pekerjaan</translation>
    </message>
    <message>
        <source>A choice of %1</source>
        <translation>Pilihan %1</translation>
    </message>
    <message>
        <source>The choice %1 is too long (at most 40 characters).</source>
        <translation>Pilihan %1 terlalu panjang (paling banyak 40 karakter).</translation>
    </message>
    <message>
        <source>%1 is in the list of %2 twice.</source>
        <translation>%1 tercantum dua kali dalam daftar %2.</translation>
    </message>
    <message>
        <source>The list of %1 has more than 30 choices.</source>
        <translation>Daftar %1 berisi lebih dari 30 pilihan.</translation>
    </message>
    <message>
        <source>The survey screen records only the answers given on it.</source>
        <translation>Layar survei hanya mencatat jawaban yang diberikan di layar itu.</translation>
    </message>
    <message>
        <source>Responses of the survey screen are recorded by the screen itself. Enter a form as a paper or online response.</source>
        <translation>Jawaban di layar survei dicatat oleh layar itu sendiri. Catat formulir sebagai jawaban kertas atau daring.</translation>
    </message>
    <message>
        <source>The response cannot have been given in the future. Check the date on the form.</source>
        <translation>Jawaban tidak mungkin diberikan di masa depan. Periksa tanggal pada formulir.</translation>
    </message>
    <message>
        <source>The response answers no question. Enter at least one answer (1 to 4).</source>
        <translation>Tidak ada pertanyaan yang dijawab. Isi paling sedikit satu jawaban (1 sampai 4).</translation>
    </message>
    <message>
        <source>%1 is not a survey element: the answers are for U1 to U9.</source>
        <translation>%1 bukan unsur survei: jawaban hanya untuk U1 sampai U9.</translation>
    </message>
    <message>
        <source>The answer to %1 must be 1, 2, 3 or 4 (it is %2); leave it out if it was not answered.</source>
        <translation>Jawaban untuk %1 harus 1, 2, 3 atau 4 (tertulis %2); kosongkan bila tidak dijawab.</translation>
    </message>
    <message>
        <source>The gender is L (laki-laki) or P (perempuan), or left empty; not %1.</source>
        <translation>Jenis kelamin diisi L (laki-laki) atau P (perempuan), atau dikosongkan; bukan %1.</translation>
    </message>
    <message>
        <source>The age must be 10 to 120 years (it is %1), or left empty.</source>
        <translation>Umur harus 10 sampai 120 tahun (tertulis %1), atau dikosongkan.</translation>
    </message>
    <message>
        <source>This office does not ask the respondent&apos;s %1: leave it empty.</source>
        <translation>Kantor ini tidak menanyakan %1 responden: kosongkan.</translation>
    </message>
    <message>
        <source>%1 is not a choice of %2: choose one of %3, or leave it empty.</source>
        <translation>%1 bukan pilihan %2: pilih salah satu dari %3, atau kosongkan.</translation>
    </message>
    <message>
        <source>reading the ticket</source>
        <translation>membaca tiket</translation>
    </message>
    <message>
        <source>The ticket given for this response does not exist.</source>
        <translation>Tiket untuk jawaban ini tidak ada.</translation>
    </message>
    <message>
        <source>The ticket given for this response has not been served. The survey is answered after the service.</source>
        <translation>Tiket untuk jawaban ini belum dilayani. Survei diisi setelah pelayanan.</translation>
    </message>
    <message>
        <source>The survey for this ticket has already been answered.</source>
        <translation>Survei untuk tiket ini sudah diisi.</translation>
    </message>
    <message>
        <source>The ticket was served for another service than the one chosen for this response.</source>
        <translation>Tiket ini dilayani untuk layanan lain, bukan layanan yang dipilih untuk jawaban ini.</translation>
    </message>
    <message>
        <source>Choose the service the respondent received.</source>
        <translation>Pilih layanan yang diterima responden.</translation>
    </message>
    <message>
        <source>reading the service</source>
        <translation>membaca layanan</translation>
    </message>
    <message>
        <source>Service %1 does not exist.</source>
        <translation>Layanan %1 tidak ada.</translation>
    </message>
    <message>
        <source>saving the survey response</source>
        <translation>menyimpan jawaban survei</translation>
    </message>
    <message>
        <source>reading a survey response</source>
        <translation>membaca jawaban survei</translation>
    </message>
    <message>
        <source>Survey response %1 does not exist.</source>
        <translation>Jawaban survei %1 tidak ada.</translation>
    </message>
    <message>
        <source>The response is dated before the ticket was served. Check the date on the form.</source>
        <translation>Tanggal jawaban lebih awal daripada pelayanan tiket. Periksa tanggal pada formulir.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must be the header %1.</source>
        <translation>Berkas kosong: baris pertama harus berisi kepala kolom %1.</translation>
    </message>
    <message>
        <source>The file has %1 rows; import at most %2 at a time.</source>
        <translation>Berkas berisi %1 baris; impor paling banyak %2 sekaligus.</translation>
    </message>
    <message>
        <source>This column is not known.</source>
        <translation>Kolom ini tidak dikenal.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>Kolom ini muncul dua kali.</translation>
    </message>
    <message>
        <source>The column is missing from the header.</source>
        <translation>Kolom ini tidak ada di kepala kolom.</translation>
    </message>
    <message>
        <source>The header of the file is not the survey&apos;s: nothing was imported.</source>
        <translation>Kepala kolom berkas bukan milik survei: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The file has no responses under its header.</source>
        <translation>Berkas tidak berisi jawaban di bawah kepala kolomnya.</translation>
    </message>
    <message>
        <source>The channel is paper or online, not %1.</source>
        <translation>Saluran berisi paper atau online, bukan %1.</translation>
    </message>
    <message>
        <source>The date must be YYYY-MM-DD (or YYYY-MM-DD HH:MM), not %1.</source>
        <translation>Tanggal harus YYYY-MM-DD (atau YYYY-MM-DD HH:MM), bukan %1.</translation>
    </message>
    <message>
        <source>The service&apos;s code is missing.</source>
        <translation>Kode layanan tidak diisi.</translation>
    </message>
    <message>
        <source>There is no service with the code %1.</source>
        <translation>Tidak ada layanan dengan kode %1.</translation>
    </message>
    <message>
        <source>The age must be a whole number of years, 10 to 120, or empty; not %1.</source>
        <translation>Umur harus bilangan bulat tahun, 10 sampai 120, atau kosong; bukan %1.</translation>
    </message>
    <message>
        <source>An answer is 1, 2, 3 or 4, or empty when not answered; not %1.</source>
        <translation>Jawaban berisi 1, 2, 3 atau 4, atau kosong bila tidak dijawab; bukan %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing was imported.</source>
        <translation>
            <numerusform>%n masalah dalam berkas: tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>The comment is too long (%1 characters; at most %2).</source>
        <translation>Komentar terlalu panjang (%1 karakter; paling banyak %2).</translation>
    </message>
</context>
<context>
    <name>SurveyTexts</name>
    <message>
        <source>How well do the requirements of the service match the kind of service?</source>
        <translation>Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Less suitable</source>
        <translation>Kurang sesuai</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Very suitable</source>
        <translation>Sangat sesuai</translation>
    </message>
    <message>
        <source>How easy is the service procedure at this office?</source>
        <translation>Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?</translation>
    </message>
    <message>
        <source>Not easy</source>
        <translation>Tidak mudah</translation>
    </message>
    <message>
        <source>Less easy</source>
        <translation>Kurang mudah</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Sangat mudah</translation>
    </message>
    <message>
        <source>How fast was the service given?</source>
        <translation>Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?</translation>
    </message>
    <message>
        <source>Not fast</source>
        <translation>Tidak cepat</translation>
    </message>
    <message>
        <source>Less fast</source>
        <translation>Kurang cepat</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Cepat</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>Sangat cepat</translation>
    </message>
    <message>
        <source>How fair is the fee or charge for the service?</source>
        <translation>Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?</translation>
    </message>
    <message>
        <source>Very expensive</source>
        <translation>Sangat mahal</translation>
    </message>
    <message>
        <source>Fairly expensive</source>
        <translation>Cukup mahal</translation>
    </message>
    <message>
        <source>Cheap</source>
        <translation>Murah</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>How well does what you received match the product named in the service standard?</source>
        <translation>Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</translation>
    </message>
    <message>
        <source>How competent were the officers who served you?</source>
        <translation>Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?</translation>
    </message>
    <message>
        <source>Not competent</source>
        <translation>Tidak kompeten</translation>
    </message>
    <message>
        <source>Less competent</source>
        <translation>Kurang kompeten</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>Kompeten</translation>
    </message>
    <message>
        <source>Very competent</source>
        <translation>Sangat kompeten</translation>
    </message>
    <message>
        <source>How polite and friendly were the officers?</source>
        <translation>Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</translation>
    </message>
    <message>
        <source>Not polite and friendly</source>
        <translation>Tidak sopan dan ramah</translation>
    </message>
    <message>
        <source>Less polite and friendly</source>
        <translation>Kurang sopan dan ramah</translation>
    </message>
    <message>
        <source>Polite and friendly</source>
        <translation>Sopan dan ramah</translation>
    </message>
    <message>
        <source>Very polite and friendly</source>
        <translation>Sangat sopan dan ramah</translation>
    </message>
    <message>
        <source>How are the complaints of service users handled?</source>
        <translation>Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>There is a way, but it does not work</source>
        <translation>Ada tetapi tidak berfungsi</translation>
    </message>
    <message>
        <source>It works, not fully</source>
        <translation>Berfungsi kurang maksimal</translation>
    </message>
    <message>
        <source>Well handled</source>
        <translation>Dikelola dengan baik</translation>
    </message>
    <message>
        <source>How good are the facilities and the building?</source>
        <translation>Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sangat baik</translation>
    </message>
    <message>
        <source>Civil servant (PNS)</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>Armed forces (TNI)</source>
        <translation>TNI</translation>
    </message>
    <message>
        <source>Police (POLRI)</source>
        <translation>POLRI</translation>
    </message>
    <message>
        <source>Private employee</source>
        <translation>Pegawai swasta</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Wirausaha</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Primary (SD)</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Junior high (SMP)</source>
        <translation>SMP</translation>
    </message>
    <message>
        <source>Senior high (SMA)</source>
        <translation>SMA</translation>
    </message>
    <message>
        <source>Diploma (D1–D3)</source>
        <translation>D1–D3</translation>
    </message>
    <message>
        <source>Bachelor (S1)</source>
        <translation>S1</translation>
    </message>
    <message>
        <source>Master (S2)</source>
        <translation>S2</translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation>S3</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>holds a NUL character (position %1)</source>
        <translation>berisi karakter NUL (posisi %1)</translation>
    </message>
    <message>
        <source>holds only an invisible byte order mark (U+FEFF)</source>
        <translation>hanya berisi tanda urutan bita (U+FEFF) yang tidak terlihat</translation>
    </message>
    <message>
        <source>holds an invisible byte order mark (U+FEFF, position %1)</source>
        <translation>berisi tanda urutan bita (U+FEFF) yang tidak terlihat (posisi %1)</translation>
    </message>
    <message>
        <source>holds a line break (position %1); it must be one line</source>
        <translation>berisi pindah baris (posisi %1); harus satu baris</translation>
    </message>
    <message>
        <source>holds a control character (%1, position %2)</source>
        <translation>berisi karakter kendali (%1, posisi %2)</translation>
    </message>
    <message>
        <source>%1 %2. Type it again without it (copying from another program can bring such characters).</source>
        <translation>%1 %2. Ketik ulang tanpa karakter itu (menyalin dari program lain dapat membawa karakter seperti ini).</translation>
    </message>
    <message>
        <source>holds a hidden direction mark (%1, position %2) that changes how it reads</source>
        <translation>memuat tanda arah tersembunyi (%1, posisi %2) yang mengubah cara teks terbaca</translation>
    </message>
    <message>
        <source>holds only invisible characters</source>
        <translation>hanya berisi karakter tak terlihat</translation>
    </message>
</context>
<context>
    <name>TextIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>memperbarui indeks pencarian</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>mencari</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Jumlah antrian di depan Anda: %1</translation>
    </message>
    <message>
        <source>Please prepare:</source>
        <translation>Mohon siapkan:</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Perkiraan waktu tunggu: %1</translation>
    </message>
    <message>
        <source>PRIORITY — %1</source>
        <translation>PRIORITAS — %1</translation>
    </message>
</context>
<context>
    <name>TicketPdf</name>
    <message>
        <source>The folder %1 does not exist, so the ticket PDF cannot be written there. Create it or choose another folder.</source>
        <translation>Folder %1 tidak ada, sehingga PDF nomor antrian tidak dapat ditulis di sana. Buat folder tersebut atau pilih folder lain.</translation>
    </message>
    <message>
        <source>Queue ticket %1</source>
        <translation>Nomor antrian %1</translation>
    </message>
    <message>
        <source>The ticket PDF %1 cannot be written: check that the folder is writable and the file is not open in another program.</source>
        <translation>PDF nomor antrian %1 tidak dapat ditulis: pastikan folder dapat ditulisi dan berkas tidak sedang dibuka di program lain.</translation>
    </message>
    <message>
        <source>The ticket PDF %1 could not be finished. Check the free disk space.</source>
        <translation>PDF nomor antrian %1 tidak dapat diselesaikan. Periksa ruang kosong pada disk.</translation>
    </message>
</context>
<context>
    <name>TicketPrintout</name>
    <message>
        <source>This service is free of charge.</source>
        <translation>Layanan ini gratis.</translation>
    </message>
    <message>
        <source>Fee: %1, as set in the service standard.</source>
        <translation>Biaya: %1, sesuai standar pelayanan.</translation>
    </message>
    <message>
        <source>Keep this ticket until your number is called.</source>
        <translation>Simpan lembar nomor antrian ini sampai nomor Anda dipanggil.</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
</context>
<context>
    <name>TicketRules</name>
    <message>
        <source>Loket %1 is paused (%2). Open it again before calling.</source>
        <translation>Loket %1 sedang dijeda (%2). Buka kembali loket sebelum memanggil.</translation>
    </message>
    <message>
        <source>Loket %1 is closed. Open it before calling.</source>
        <translation>Loket %1 tutup. Buka loket sebelum memanggil.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not at loket %3.</source>
        <translation>Nomor antrian %1 berstatus %2, bukan di loket %3.</translation>
    </message>
    <message>
        <source>Ticket %1 is at loket %2, not at loket %3.</source>
        <translation>Nomor antrian %1 berada di loket %2, bukan di loket %3.</translation>
    </message>
    <message>
        <source>Ticket %1 is from %2 and can no longer be called or moved.</source>
        <translation>Nomor antrian %1 berasal dari tanggal %2 dan tidak dapat lagi dipanggil atau dipindahkan.</translation>
    </message>
    <message>
        <source>Loket %1 does not serve %2 (ticket %3).</source>
        <translation>Loket %1 tidak melayani %2 (nomor antrian %3).</translation>
    </message>
    <message>
        <source>Ticket %1 was sent to loket %2: only that counter calls it.</source>
        <translation>Nomor antrian %1 dikirim ke loket %2: hanya loket itu yang dapat memanggilnya.</translation>
    </message>
    <message>
        <source>Loket %1 is still busy with ticket %2 (%3). Finish it, mark it as not come, or put it on hold before calling another.</source>
        <translation>Loket %1 masih melayani nomor antrian %2 (%3). Selesaikan, tandai tidak hadir, atau tunda nomor itu sebelum memanggil nomor lain.</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>reading tickets</source>
        <translation>membaca nomor antrian</translation>
    </message>
    <message>
        <source>There is no ticket with the id %1.</source>
        <translation>Tidak ada nomor antrian dengan id %1.</translation>
    </message>
    <message>
        <source>numbering the ticket</source>
        <translation>memberi nomor pada nomor antrian</translation>
    </message>
    <message>
        <source>saving the new ticket</source>
        <translation>menyimpan nomor antrian baru</translation>
    </message>
    <message>
        <source>saving ticket %1</source>
        <translation>menyimpan nomor antrian %1</translation>
    </message>
    <message>
        <source>recording the ticket&apos;s history</source>
        <translation>mencatat riwayat nomor antrian</translation>
    </message>
    <message>
        <source>reading the ticket&apos;s history</source>
        <translation>membaca riwayat nomor antrian</translation>
    </message>
</context>
<context>
    <name>UnitCatalog</name>
    <message>
        <source>reading the units</source>
        <translation>membaca daftar unit kerja</translation>
    </message>
    <message>
        <source>reading a unit</source>
        <translation>membaca data unit kerja</translation>
    </message>
    <message>
        <source>There is no unit with number %1.</source>
        <translation>Tidak ada unit kerja dengan nomor %1.</translation>
    </message>
    <message>
        <source>There is no unit named &quot;%1&quot;. Check the spelling, or add the unit first.</source>
        <translation>Tidak ada unit kerja bernama &quot;%1&quot;. Periksa ejaannya, atau tambahkan unit kerja tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>The unit name is empty. Write a name, e.g. &quot;Seksi Pelayanan&quot;.</source>
        <translation>Nama unit kerja kosong. Tulis sebuah nama, mis. &quot;Seksi Pelayanan&quot;.</translation>
    </message>
    <message>
        <source>The unit name is longer than %1 characters. Shorten it.</source>
        <translation>Nama unit kerja lebih dari %1 karakter. Persingkat namanya.</translation>
    </message>
    <message>
        <source>checking the unit name</source>
        <translation>memeriksa nama unit kerja</translation>
    </message>
    <message>
        <source>A unit named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Unit kerja bernama &quot;%1&quot; sudah ada. Pilih nama lain.</translation>
    </message>
    <message>
        <source>adding a unit</source>
        <translation>menambah unit kerja</translation>
    </message>
    <message>
        <source>renaming a unit</source>
        <translation>mengganti nama unit kerja</translation>
    </message>
    <message>
        <source>changing a unit</source>
        <translation>mengubah unit kerja</translation>
    </message>
    <message>
        <source>The unit name</source>
        <translation>Nama unit</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A password needs at least 8 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Kata sandi minimal 8 karakter. Kalimat pendek mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>The password must not be the user name. Choose something others cannot guess.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna. Pilih kata sandi yang tidak dapat ditebak orang lain.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: letters a-z, digits 0-9, dot, underscore or hyphen, without spaces (for example &quot;siti.rahma&quot;).</source>
        <translation>Nama pengguna terdiri atas 3 sampai 32 karakter: huruf a-z, angka 0-9, titik, garis bawah, atau tanda hubung, tanpa spasi (misalnya &quot;siti.rahma&quot;).</translation>
    </message>
    <message>
        <source>A NIP has 18 digits. Check the number, or leave it empty for staff without a NIP.</source>
        <translation>NIP terdiri atas 18 angka. Periksa nomornya, atau biarkan kosong untuk pegawai yang tidak memiliki NIP.</translation>
    </message>
    <message>
        <source>Give the full name of %1, as it is written on official letters.</source>
        <translation>Isi nama lengkap %1, seperti yang tertulis pada surat resmi.</translation>
    </message>
    <message>
        <source>The full name is longer than 100 characters. Shorten it.</source>
        <translation>Nama lengkap lebih dari 100 karakter. Persingkat namanya.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;. Check the spelling against the list of users.</source>
        <translation>Tidak ada pengguna bernama &quot;%1&quot;. Periksa ejaannya dengan daftar pengguna.</translation>
    </message>
    <message>
        <source>This is the last active administrator: without one nobody could manage users any more. Make another user an administrator first.</source>
        <translation>Ini adalah administrator aktif terakhir: tanpa administrator, tidak ada yang dapat mengelola pengguna lagi. Jadikan pengguna lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <source>Loket already has user accounts, so a first administrator cannot be created again. Sign in as an administrator to add users.</source>
        <translation>Loket sudah memiliki akun pengguna, sehingga administrator pertama tidak dapat dibuat lagi. Masuk sebagai administrator untuk menambah pengguna.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists. Choose another user name.</source>
        <translation>Pengguna bernama &quot;%1&quot; sudah ada. Pilih nama pengguna lain.</translation>
    </message>
    <message>
        <source>saving the new user %1</source>
        <translation>menyimpan pengguna baru %1</translation>
    </message>
    <message>
        <source>The current password is not correct. Type it again; the password was not changed.</source>
        <translation>Kata sandi saat ini tidak benar. Ketik ulang; kata sandi tidak diubah.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different password.</source>
        <translation>Kata sandi baru sama dengan kata sandi saat ini. Pilih kata sandi yang berbeda.</translation>
    </message>
    <message>
        <source>saving the new password of %1</source>
        <translation>menyimpan kata sandi baru %1</translation>
    </message>
    <message>
        <source>changing the account of %1</source>
        <translation>mengubah akun %1</translation>
    </message>
    <message>
        <source>The account %1 is already enabled.</source>
        <translation>Akun %1 sudah aktif.</translation>
    </message>
    <message>
        <source>The account %1 is already disabled.</source>
        <translation>Akun %1 sudah dinonaktifkan.</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator to do it.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri. Minta administrator lain untuk melakukannya.</translation>
    </message>
    <message>
        <source>changing the user %1</source>
        <translation>mengubah pengguna %1</translation>
    </message>
    <message>
        <source>unlocking the account of %1</source>
        <translation>membuka kunci akun %1</translation>
    </message>
    <message>
        <source>The account %1 is not locked.</source>
        <translation>Akun %1 tidak terkunci.</translation>
    </message>
    <message>
        <source>The full name</source>
        <translation>Nama lengkap</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>reading the user accounts</source>
        <translation>membaca akun pengguna</translation>
    </message>
    <message>
        <source>reading the list of users</source>
        <translation>membaca daftar pengguna</translation>
    </message>
    <message>
        <source>counting the administrators</source>
        <translation>menghitung administrator</translation>
    </message>
</context>
<context>
    <name>VoiceStatus</name>
    <message>
        <source>The voice is starting; calls are chimed meanwhile.</source>
        <translation>Suara sedang disiapkan; sementara itu panggilan diumumkan dengan bunyi bel.</translation>
    </message>
    <message>
        <source>Calls are spoken in Indonesian.</source>
        <translation>Panggilan diucapkan dalam bahasa Indonesia.</translation>
    </message>
    <message>
        <source>The voice is switched off in the board settings: calls are announced with the chime only.</source>
        <translation>Suara dimatikan di pengaturan layar antrian: panggilan hanya diumumkan dengan bunyi bel.</translation>
    </message>
    <message>
        <source>the speech program loket-voice is missing or cannot run (reinstall Loket)</source>
        <translation>program suara loket-voice tidak ada atau tidak dapat dijalankan (pasang ulang Loket)</translation>
    </message>
    <message>
        <source>no speech engine is installed (install speech-dispatcher and espeak-ng)</source>
        <translation>belum ada mesin suara yang terpasang (pasang speech-dispatcher dan espeak-ng)</translation>
    </message>
    <message>
        <source>the speech engine has no Indonesian voice (install espeak-ng)</source>
        <translation>mesin suara tidak memiliki suara bahasa Indonesia (pasang espeak-ng)</translation>
    </message>
    <message>
        <source>the speech engine reports an error</source>
        <translation>mesin suara melaporkan galat</translation>
    </message>
    <message>
        <source>the speech engine does not answer (speech-dispatcher hangs)</source>
        <translation>mesin suara tidak menjawab (speech-dispatcher macet)</translation>
    </message>
    <message>
        <source>a call was not finished in time (is a sound device connected?)</source>
        <translation>sebuah panggilan tidak selesai diucapkan tepat waktu (apakah perangkat suara terhubung?)</translation>
    </message>
    <message>
        <source>the speech program stopped unexpectedly</source>
        <translation>program suara berhenti tanpa diduga</translation>
    </message>
    <message>
        <source>the voice is not available</source>
        <translation>suara tidak tersedia</translation>
    </message>
    <message>
        <source>No voice: %1. Calls are announced with the chime only; the board tries the voice again by itself.</source>
        <translation>Tanpa suara: %1. Panggilan hanya diumumkan dengan bunyi bel; layar antrian mencoba suara lagi dengan sendirinya.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Rincian: %1</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>&quot;%1&quot; is not an opening-hours entry. Write days and times like &quot;mon-fri 07:30-16:00&quot; or &quot;sat 08:00-12:00&quot;.</source>
        <translation>&quot;%1&quot; bukan isian jam buka. Tulis hari dan jam seperti &quot;mon-fri 07:30-16:00&quot; atau &quot;sat 08:00-12:00&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown day. Use mon, tue, wed, thu, fri, sat, sun.</source>
        <translation>&quot;%1&quot; menyebut hari yang tidak dikenal. Gunakan mon, tue, wed, thu, fri, sat, sun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the day range must run forward within one week (e.g. mon-fri).</source>
        <translation>&quot;%1&quot;: rentang hari harus maju dalam satu minggu (mis. mon-fri).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: times must be written HH:MM, e.g. 07:30.</source>
        <translation>&quot;%1&quot;: jam harus ditulis HH:MM, mis. 07:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the opening time must be before the closing time.</source>
        <translation>&quot;%1&quot;: jam buka harus lebih awal daripada jam tutup.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is given twice. Name each day once.</source>
        <translation>&quot;%1&quot;: %2 disebut dua kali. Sebut setiap hari satu kali saja.</translation>
    </message>
    <message>
        <source>The opening hours name no open day. Write e.g. &quot;mon-fri 07:30-16:00&quot;.</source>
        <translation>Jam buka tidak menyebut satu pun hari buka. Tulis mis. &quot;mon-fri 07:30-16:00&quot;.</translation>
    </message>
</context>
<context>
    <name>loket</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Front-desk officer</source>
        <translation>Petugas loket</translation>
    </message>
    <message>
        <source>Follow-up team</source>
        <translation>Tim tindak lanjut</translation>
    </message>
    <message>
        <source>WIB (UTC+7, western Indonesia)</source>
        <translation>WIB (UTC+7, Indonesia bagian barat)</translation>
    </message>
    <message>
        <source>WITA (UTC+8, central Indonesia)</source>
        <translation>WITA (UTC+8, Indonesia bagian tengah)</translation>
    </message>
    <message>
        <source>WIT (UTC+9, eastern Indonesia)</source>
        <translation>WIT (UTC+9, Indonesia bagian timur)</translation>
    </message>
    <message>
        <source>National holiday</source>
        <translation>Libur nasional</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <source>Local closure</source>
        <translation>Libur lokal</translation>
    </message>
    <message>
        <source>The number of days must be between 0 and 3660.</source>
        <translation>Jumlah hari harus antara 0 dan 3660.</translation>
    </message>
    <message>
        <source>The database already has users: demo data goes only into a new database. Give another --database file.</source>
        <translation>Basis data sudah memiliki pengguna: data demo hanya dapat dimasukkan ke basis data baru. Berikan berkas --database yang lain.</translation>
    </message>
    <message>
        <source>writing demo history</source>
        <translation>menulis riwayat demo</translation>
    </message>
    <message>
        <source>writing the demo office</source>
        <translation>menulis kantor demo</translation>
    </message>
    <message>
        <source>Thermal printer on USB (ESC/POS)</source>
        <translation>Printer termal USB (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS)</source>
        <translation>Printer termal jaringan (ESC/POS)</translation>
    </message>
    <message>
        <source>Printer installed in the system</source>
        <translation>Printer yang terpasang di sistem</translation>
    </message>
    <message>
        <source>PDF files (for testing)</source>
        <translation>Berkas PDF (untuk pengujian)</translation>
    </message>
    <message>
        <source>No printer: show tickets on screen only</source>
        <translation>Tanpa printer: nomor antrian hanya ditampilkan di layar</translation>
    </message>
    <message>
        <source>reading the counters</source>
        <translation>membaca daftar loket</translation>
    </message>
    <message>
        <source>reading the counters&apos; services</source>
        <translation>membaca layanan setiap loket</translation>
    </message>
    <message>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>counting today&apos;s served tickets</source>
        <translation>menghitung nomor antrian yang dilayani hari ini</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>sedang dilayani</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>expired at closing time</source>
        <translation>kedaluwarsa saat jam tutup</translation>
    </message>
    <message>
        <source>Loket is already set up: sign in with an existing account.</source>
        <translation>Loket sudah diatur: masuk dengan akun yang sudah ada.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: choose WIB, WITA or WIT.</source>
        <translation>Zona waktu &quot;%1&quot; tidak dikenal: pilih WIB, WITA, atau WIT.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>System, mechanism and procedure</source>
        <translation>Sistem, mekanisme, dan prosedur</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Jangka waktu pelayanan</translation>
    </message>
    <message>
        <source>Cost/tariff</source>
        <translation>Biaya/tarif</translation>
    </message>
    <message>
        <source>Service products</source>
        <translation>Produk pelayanan</translation>
    </message>
    <message>
        <source>Handling of complaints, suggestions and feedback</source>
        <translation>Penanganan pengaduan, saran, dan masukan</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>Facilities and infrastructure</source>
        <translation>Sarana, prasarana, dan/atau fasilitas</translation>
    </message>
    <message>
        <source>Competence of the staff</source>
        <translation>Kompetensi pelaksana</translation>
    </message>
    <message>
        <source>Internal supervision</source>
        <translation>Pengawasan internal</translation>
    </message>
    <message>
        <source>Number of staff</source>
        <translation>Jumlah pelaksana</translation>
    </message>
    <message>
        <source>Service guarantee</source>
        <translation>Jaminan pelayanan</translation>
    </message>
    <message>
        <source>Security and safety guarantee</source>
        <translation>Jaminan keamanan dan keselamatan pelayanan</translation>
    </message>
    <message>
        <source>Performance evaluation of the staff</source>
        <translation>Evaluasi kinerja pelaksana</translation>
    </message>
    <message>
        <source>The requirement has no document name: name the document or remove the line.</source>
        <translation>Persyaratan tidak memiliki nama dokumen: sebutkan nama dokumennya atau hapus baris tersebut.</translation>
    </message>
    <message>
        <source>The number of sheets must be 1 or more.</source>
        <translation>Jumlah lembar harus 1 atau lebih.</translation>
    </message>
    <message>
        <source>The step has no description: describe it or remove the step.</source>
        <translation>Langkah ini tidak memiliki uraian: uraikan langkahnya atau hapus langkah tersebut.</translation>
    </message>
    <message>
        <source>The service time cannot be negative.</source>
        <translation>Jangka waktu pelayanan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The cost cannot be negative; enter 0 for a free service.</source>
        <translation>Biaya tidak boleh negatif; isi 0 untuk layanan gratis.</translation>
    </message>
    <message>
        <source>A service that costs money must name the regulation that sets the fee.</source>
        <translation>Layanan berbayar harus menyebutkan peraturan yang menetapkan tarifnya.</translation>
    </message>
    <message>
        <source>The product has no name: name it or remove the line.</source>
        <translation>Produk tidak memiliki nama: sebutkan namanya atau hapus baris tersebut.</translation>
    </message>
    <message>
        <source>The complaint channel has no name (e.g. SP4N-LAPOR!, WhatsApp, kotak saran).</source>
        <translation>Saluran pengaduan tidak memiliki nama (mis. SP4N-LAPOR!, WhatsApp, kotak saran).</translation>
    </message>
    <message>
        <source>Still adequate, no change</source>
        <translation>Masih memadai, tidak ada perubahan</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>Perlu direvisi</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Sudah direvisi</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… dan %1 masalah lainnya.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them and import it again.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: berkas memiliki %n masalah. Perbaiki, lalu impor lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Set (in force)</source>
        <translation>Ditetapkan (berlaku)</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sudah diganti</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another folder (if it is on a USB drive, plug the drive in).</source>
        <translation>Folder %1 tidak ada. Buat folder tersebut atau pilih folder lain (jika berada di flashdisk, colokkan flashdisk-nya).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 adalah berkas, bukan folder. Pilih sebuah folder.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Choose a folder Loket may write to, or ask the administrator to give write permission.</source>
        <translation>Folder %1 hanya dapat dibaca. Pilih folder yang dapat ditulisi Loket, atau minta administrator memberikan izin tulis.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the file was not written (the unfinished copy was removed). Free some space or choose another disk, then try again.</source>
        <translation>Disk tempat %1 berada sudah penuh, sehingga berkas tidak ditulis (salinan yang belum selesai sudah dihapus). Kosongkan sebagian ruang atau pilih disk lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2).</source>
        <translation>%1 tidak dapat dibuat (%2).</translation>
    </message>
    <message>
        <source>Copying %1 to %2 failed (%3).</source>
        <translation>Gagal menyalin %1 ke %2 (%3).</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>membaca versi skema</translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation>memperbarui basis data ke versi %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>mencatat versi skema</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>kurang dari 1 menit</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 menit</translation>
    </message>
    <message>
        <source>This kiosk has no ticket printer. Please note your number.</source>
        <translation>Anjungan ini tidak memiliki printer antrian. Mohon catat nomor Anda.</translation>
    </message>
    <message>
        <source>The folder %1 for PDF tickets is missing or not writable.</source>
        <translation>Folder %1 untuk nomor antrian PDF tidak ada atau tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Install the ticket printer or choose another kind of printer in the settings.</source>
        <translation>Tidak ada printer yang terpasang di komputer ini. Pasang printer antrian atau pilih jenis printer lain di pengaturan.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not installed on this computer. Check its name in the printer settings.</source>
        <translation>Printer &quot;%1&quot; tidak terpasang di komputer ini. Periksa namanya di pengaturan printer.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not accept the ticket. Check it in the system&apos;s printer settings.</source>
        <translation>Printer &quot;%1&quot; tidak menerima nomor antrian. Periksa printer tersebut di pengaturan printer sistem.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Kata sandi baru untuk %1:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Loket: the public-service counter of an Indonesian government office.</source>
        <translation>Loket: loket pelayanan publik kantor pemerintahan di Indonesia.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Berkas basis data (bawaan: %1).</translation>
    </message>
    <message>
        <source>Start one screen only: %1.</source>
        <translation>Jalankan satu layar saja: %1.</translation>
    </message>
    <message>
        <source>Fill in this username at sign-in.</source>
        <translation>Isi nama pengguna ini saat masuk.</translation>
    </message>
    <message>
        <source>Loket cannot open its database</source>
        <translation>Loket tidak dapat membuka basis datanya</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Pilih berkas lain…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Choose a Loket database</source>
        <translation>Pilih basis data Loket</translation>
    </message>
    <message>
        <source>Loket database (*.db *.sqlite);;All files (*)</source>
        <translation>Basis data Loket (*.db *.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;. Use one of: %2.</source>
        <translation>Mode &quot;%1&quot; tidak dikenal. Gunakan salah satu dari: %2.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Akun saya</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>The backup has been restored. The previous database was kept as %1.</source>
        <translation>Cadangan telah dipulihkan. Basis data sebelumnya disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Pemulihan gagal</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>Cadangan otomatis hari ini tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Yesterday&apos;s queue could not be closed: %1</source>
        <translation>Antrian kemarin tidak dapat ditutup: %1</translation>
    </message>
    <message>
        <source>Loket started, but needs attention:</source>
        <translation>Loket sudah berjalan, tetapi ada yang perlu diperhatikan:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Standar pelayanan</translation>
    </message>
    <message>
        <source>Queue monitor</source>
        <translation>Pemantau antrian</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Printer antrian</translation>
    </message>
    <message>
        <source>Display board</source>
        <translation>Layar antrian</translation>
    </message>
    <message>
        <source>less than 5 min.</source>
        <translation>kurang dari 5 menit</translation>
    </message>
    <message>
        <source>about %1 min.</source>
        <translation>sekitar %1 menit</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>sekitar %n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 hr %2 min.</source>
        <translation>sekitar %1 jam %2 menit</translation>
    </message>
    <message>
        <source>reading the recent service times</source>
        <translation>membaca waktu layanan beberapa hari terakhir</translation>
    </message>
    <message>
        <source>Language: id (Indonesian, the default) or en (English).</source>
        <translation>Bahasa: id (Indonesia, bawaan) atau en (Inggris).</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Tampilkan bantuan ini lalu keluar.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Tampilkan versi lalu keluar.</translation>
    </message>
    <message>
        <source>Try &quot;loket --help&quot;.</source>
        <translation>Coba &quot;loket --help&quot;.</translation>
    </message>
    <message>
        <source>
The language is also taken from LOKET_LANG; without either, Indonesian.
</source>
        <translation>
Bahasa juga dapat diberikan lewat LOKET_LANG; tanpa keduanya, bahasa Indonesia.
</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>Penggunaan: </translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Opsi:
</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [opsi]</translation>
    </message>
    <message>
        <source>There is no backup in %1 to compare with.</source>
        <translation>Tidak ada cadangan di %1 untuk dibandingkan.</translation>
    </message>
    <message>
        <source>Compare with the newest backup from before: %1 (saved %2).</source>
        <translation>Bandingkan dengan cadangan terbaru dari sebelumnya: %1 (disimpan %2).</translation>
    </message>
    <message>
        <source>The database&apos;s write-ahead log was cut off in its last write (normal after a power cut or a crash): the change being saved at that moment was not saved. A copy of the log was kept as %1.</source>
        <translation>Log tulis-depan basis data terpotong pada penulisan terakhirnya (wajar setelah listrik padam atau program terhenti): perubahan yang sedang disimpan saat itu tidak tersimpan. Salinan log disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>everything saved in it since the last checkpoint</source>
        <translation>semua yang tersimpan di dalamnya sejak checkpoint terakhir</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved after the damage</source>
        <translation>
            <numerusform>%n perubahan yang tersimpan setelah kerusakan</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the database&apos;s write-ahead log was damaged, so %1 could not be read and is missing from the database (tickets issued then may be issued again under the same numbers). A copy of the log was kept as %2 for a technician. %3</source>
        <translation>Peringatan: log tulis-depan basis data rusak, sehingga %1 tidak dapat dibaca dan hilang dari basis data (nomor antrian yang diterbitkan saat itu dapat diterbitkan lagi dengan nomor yang sama). Salinan log disimpan sebagai %2 untuk teknisi. %3</translation>
    </message>
    <message>
        <source>Create a new Loket database?</source>
        <translation>Buat basis data Loket baru?</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Loket database yet.</source>
        <translation>Berkas %1 kosong: belum menjadi basis data Loket.</translation>
    </message>
    <message>
        <source>There is no Loket database at %1 yet.</source>
        <translation>Belum ada basis data Loket di %1.</translation>
    </message>
    <message>
        <source>Create a new, empty database there? Loket then asks for the office and its first administrator. If the office&apos;s database is somewhere else (another folder, a USB drive), choose that file instead.</source>
        <translation>Buat basis data baru yang kosong di sana? Loket lalu menanyakan data kantor dan administrator pertamanya. Jika basis data kantor ada di tempat lain (folder lain, flashdisk), pilih berkas itu.</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Buat basis data baru</translation>
    </message>
    <message>
        <source>The audit log was changed outside Loket: its chain is %1. Today&apos;s backup was made all the same; keep it and the backups before it, and ask an administrator to look into it.</source>
        <translation>Log audit diubah di luar Loket: rantainya %1. Cadangan hari ini tetap dibuat; simpan cadangan itu dan cadangan sebelumnya, lalu minta administrator memeriksanya.</translation>
    </message>
    <message>
        <source>Complaints could not be closed automatically: %1</source>
        <translation>Pengaduan tidak dapat ditutup otomatis: %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Suggestion boxes</source>
        <translation>Kotak saran</translation>
    </message>
    <message>
        <source>survey screen</source>
        <translation>layar survei</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulir kertas</translation>
    </message>
    <message>
        <source>online form</source>
        <translation>formulir daring</translation>
    </message>
    <message>
        <source>Suggestion box review</source>
        <translation>Tinjauan kotak saran</translation>
    </message>
    <message>
        <source>With --mode survey: the counter (loket number) whose served tickets this survey screen takes, e.g. 2 or 1,2 (default: every counter).</source>
        <translation>Dengan --mode survey: loket (nomor loket) yang tiket terlayaninya diterima layar survei ini, mis. 2 atau 1,2 (bawaan: semua loket).</translation>
    </message>
    <message>
        <source>--counter takes loket numbers, e.g. 2 or 1,2; not &quot;%1&quot;.</source>
        <translation>--counter berisi nomor loket, mis. 2 atau 1,2; bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Survey forms</source>
        <translation>Formulir survei</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Hasil survei</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
    <message>
        <source>The visitors per day must be between 1 and 5000.</source>
        <translation>Jumlah pengunjung per hari harus antara 1 dan 5000.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Last month&apos;s report could not be written into its folder: %1</source>
        <translation>Laporan bulan lalu tidak dapat ditulis ke foldernya: %1</translation>
    </message>
    <message>
        <source>Connect to the office&apos;s database server</source>
        <translation>Hubungkan ke server basis data kantor</translation>
    </message>
    <message>
        <source>The server&apos;s database, as postgresql://user@host:port/database (ask the administrator; docs/deployment.md). The password is asked for when the server wants one.</source>
        <translation>Basis data di server, sebagai postgresql://pengguna@host:port/basisdata (tanyakan kepada administrator; docs/deployment.md). Kata sandi ditanyakan bila server memintanya.</translation>
    </message>
    <message>
        <source>Password for the database server</source>
        <translation>Kata sandi server basis data</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Kata sandi untuk %1:</translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>Tidak ada yang diubah di server.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Hubungkan ke server…</translation>
    </message>
    <message>
        <source>The history&apos;s daily check could not be made: %1</source>
        <translation>Pemeriksaan harian riwayat tidak dapat dilakukan: %1</translation>
    </message>
    <message>
        <source>The audit log was changed outside Loket: its chain is %1. Keep the backups, and ask an administrator to look into it.</source>
        <translation>Log audit diubah di luar Loket: rantainya %1. Simpan cadangan yang ada, dan minta administrator memeriksanya.</translation>
    </message>
    <message>
        <source>The complaint history was changed outside Loket: its chain is %1. Keep the backups, and ask an administrator to look into it.</source>
        <translation>Riwayat pengaduan diubah di luar Loket: rantainya %1. Simpan cadangan yang ada, dan minta administrator memeriksanya.</translation>
    </message>
</context>
<context>
    <name>loket::PostgresChangeFeed</name>
    <message>
        <source>Cannot reach the database server %1 to follow changes: live updates wait until it is back.</source>
        <translation>Server basis data %1 tidak dapat dihubungi untuk mengikuti perubahan: pembaruan langsung menunggu sampai server kembali.</translation>
    </message>
</context>
<context>
    <name>loket::SqliteChangeFeed</name>
    <message>
        <source>The database %1 does not exist, so changes to it cannot be followed. Check the database location in the settings.</source>
        <translation>Basis data %1 tidak ada, sehingga perubahannya tidak dapat diikuti. Periksa lokasi basis data di pengaturan.</translation>
    </message>
    <message>
        <source>Cannot watch the database %1 for changes. Live updates are off: restart Loket, and if it happens again check the database file.</source>
        <translation>Basis data %1 tidak dapat dipantau perubahannya. Pembaruan langsung mati: mulai ulang Loket, dan jika terjadi lagi periksa berkas basis data.</translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Every change that matters and every refused attempt, newest first. Entries cannot be edited or deleted.</source>
        <translation>Setiap perubahan penting dan setiap percobaan yang ditolak, terbaru di atas. Entri tidak dapat diubah atau dihapus.</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>The newest %1 entries; scroll down for older ones.</source>
        <translation>%1 catatan terbaru; gulir ke bawah untuk yang lebih lama.</translation>
    </message>
    <message>
        <source>The audit log chain could not be checked: %1</source>
        <translation>Rantai log audit tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>Audit log chain intact: %1 entries</source>
        <translation>Rantai log audit utuh: %1 entri</translation>
    </message>
    <message>
        <source>Warning: the audit log was changed outside Loket. Its chain is %1. Keep this database and its backups as they are and report it.</source>
        <translation>Peringatan: log audit diubah di luar Loket. Rantainya %1. Biarkan basis data ini dan cadangannya apa adanya, lalu laporkan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
</context>
<context>
    <name>loket::ui::BackupsTab</name>
    <message>
        <source>Loket backs up the database at the first start of each day and keeps a copy of each month. Copies are taken while Loket runs and are checked before they are kept. Copy the backup folder to another disk regularly.</source>
        <translation>Loket mencadangkan basis data pada saat pertama dijalankan setiap hari dan menyimpan satu salinan untuk setiap bulan. Salinan dibuat selagi Loket berjalan dan diperiksa sebelum disimpan. Salin folder cadangan ke disk lain secara berkala.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Pulihkan yang dipilih…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Pulihkan dari berkas…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Skema</translation>
    </message>
    <message>
        <source>How many to keep</source>
        <translation>Jumlah yang disimpan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Daily copies</source>
        <translation>Salinan harian</translation>
    </message>
    <message>
        <source>Monthly copies</source>
        <translation>Salinan bulanan</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Pulihkan dari berkas cadangan</translation>
    </message>
    <message>
        <source>Loket backups (*.db);;All files (*)</source>
        <translation>Cadangan Loket (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Folder cadangan: %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>harian</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>bulanan</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2).</source>
        <translation>Cadangan telah ditulis: %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Pilih cadangan di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Saved: the next automatic backup keeps %1 daily and %2 monthly copies.</source>
        <translation>Tersimpan: pencadangan otomatis berikutnya menyimpan %1 salinan harian dan %2 salinan bulanan.</translation>
    </message>
    <message>
        <source>The damaged log was looked at: hide this warning</source>
        <translation>Log yang rusak sudah diperiksa: sembunyikan peringatan ini</translation>
    </message>
    <message>
        <source>Other users of this computer can read the database %1 (every citizen&apos;s data and password hashes). Make it private with this command: %2</source>
        <translation>Pengguna lain di komputer ini dapat membaca basis data %1 (data setiap warga dan hash kata sandi). Jadikan pribadi dengan perintah ini: %2</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>Pulihkan %1?</translation>
    </message>
    <message>
        <source>Everything recorded after that backup was made is replaced by the backup&apos;s content. The current database is kept beside it, so nothing is deleted. Close Loket on the other computers and screens (kiosk, board, counters) first.

Loket will sign you out and restore now.</source>
        <translation>Semua yang tercatat setelah cadangan itu dibuat diganti dengan isi cadangan. Basis data saat ini disimpan di sampingnya, jadi tidak ada yang dihapus. Tutup dulu Loket di komputer dan layar lain (anjungan, papan, loket).

Loket akan mengeluarkan Anda dan memulihkan sekarang.</translation>
    </message>
    <message>
        <source>Restore the empty backup</source>
        <translation>Pulihkan cadangan kosong</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>loket::ui::BoardModel</name>
    <message>
        <source>Counter %1</source>
        <translation>Loket %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
</context>
<context>
    <name>loket::ui::BoardSettingsTab</name>
    <message>
        <source>What the display board in the waiting hall shows and says (loket --mode board).</source>
        <translation>Yang ditampilkan dan diucapkan layar antrian di ruang tunggu (loket --mode board).</translation>
    </message>
    <message>
        <source>Running text</source>
        <translation>Teks berjalan</translation>
    </message>
    <message>
        <source>Call announcement</source>
        <translation>Kalimat panggilan</translation>
    </message>
    <message>
        <source>Spoken in Indonesian. {nomor} is the ticket number, {loket} the counter, {layanan} the service. Leave empty for the usual sentence.</source>
        <translation>Diucapkan dalam bahasa Indonesia. {nomor} adalah nomor antrian, {loket} adalah loket, {layanan} adalah layanan. Kosongkan untuk memakai kalimat yang biasa.</translation>
    </message>
    <message>
        <source>Digit by digit (A nol nol satu)</source>
        <translation>Satu per satu angka (A nol nol satu)</translation>
    </message>
    <message>
        <source>As a number (A satu, A seratus satu)</source>
        <translation>Sebagai bilangan (A satu, A seratus satu)</translation>
    </message>
    <message>
        <source>Read numbers</source>
        <translation>Cara membaca nomor</translation>
    </message>
    <message>
        <source>Speak each call (otherwise the board only chimes)</source>
        <translation>Ucapkan setiap panggilan (jika tidak, layar antrian hanya membunyikan bel)</translation>
    </message>
    <message>
        <source>The board says</source>
        <translation>Layar antrian mengucapkan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Saved. The display boards show the change within a few seconds.</source>
        <translation>Tersimpan. Layar antrian menampilkan perubahan dalam beberapa detik.</translation>
    </message>
    <message>
        <source>Leave empty for the usual text: the office&apos;s name, its opening hours and the first line of the Maklumat Pelayanan.</source>
        <translation>Kosongkan untuk teks yang biasa: nama kantor, jam pelayanan, dan baris pertama Maklumat Pelayanan.</translation>
    </message>
    <message>
        <source>Voice of the board</source>
        <translation>Suara layar antrian</translation>
    </message>
    <message>
        <source>No display board has reported yet (it does when it starts).</source>
        <translation>Belum ada layar antrian yang melapor (layar antrian melapor saat dijalankan).</translation>
    </message>
    <message>
        <source>%1 (the board on %2, since %3)</source>
        <translation>%1 (layar antrian di %2, sejak %3)</translation>
    </message>
    <message>
        <source>an unnamed computer</source>
        <translation>komputer tanpa nama</translation>
    </message>
</context>
<context>
    <name>loket::ui::BoardWindow</name>
    <message>
        <source>Loket display board</source>
        <translation>Layar antrian Loket</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translation>Panggilan sebelumnya</translation>
    </message>
    <message>
        <source>The board cannot read the queue: %1</source>
        <translation>Layar antrian tidak dapat membaca data antrian: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::BoxesDialog</name>
    <message>
        <source>Suggestion boxes</source>
        <translation>Kotak saran</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Digunakan</translation>
    </message>
    <message>
        <source>e.g. Kotak Saran 2</source>
        <translation>mis. Kotak Saran 2</translation>
    </message>
    <message>
        <source>e.g. Ruang tunggu lantai 1</source>
        <translation>mis. Ruang tunggu lantai 1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lokasi</translation>
    </message>
    <message>
        <source>Add as a new box</source>
        <translation>Tambah sebagai kotak baru</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation>Tidak digunakan lagi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation>Gunakan kembali</translation>
    </message>
</context>
<context>
    <name>loket::ui::CalendarTab</name>
    <message>
        <source>Working days decide complaint deadlines and service times given in working days. Religious holidays move every year: import the official list (SKB) each year as a CSV file (date,kind,name).</source>
        <translation>Hari kerja menentukan tenggat pengaduan dan jangka waktu pelayanan yang dinyatakan dalam hari kerja. Hari raya keagamaan berpindah setiap tahun: impor daftar resmi (SKB) setiap tahun sebagai berkas CSV (date,kind,name).</translation>
    </message>
    <message>
        <source>Add holiday…</source>
        <translation>Tambah hari libur…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Cuti bersama closes the office (counts as a holiday)</source>
        <translation>Kantor tutup pada cuti bersama (dihitung sebagai hari libur)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Cuti bersama now closes the office.</source>
        <translation>Kantor kini tutup pada cuti bersama.</translation>
    </message>
    <message>
        <source>The office now opens on cuti bersama.</source>
        <translation>Kantor kini buka pada cuti bersama.</translation>
    </message>
    <message>
        <source>No holidays listed for %1: import the official list for that year.</source>
        <translation>Belum ada hari libur untuk tahun %1: impor daftar resmi untuk tahun tersebut.</translation>
    </message>
    <message numerus="yes">
        <source>%n holidays listed.</source>
        <translation>
            <numerusform>%n hari libur terdaftar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Tambah hari libur</translation>
    </message>
    <message>
        <source>e.g. Hari Jadi Kabupaten</source>
        <translation>mis. Hari Jadi Kabupaten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Holiday added.</source>
        <translation>Hari libur ditambahkan.</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Hapus hari libur</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? That day becomes a working day.</source>
        <translation>Hapus %1 (%2)? Hari itu akan menjadi hari kerja.</translation>
    </message>
    <message>
        <source>Holiday removed.</source>
        <translation>Hari libur dihapus.</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>Impor hari libur</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Tidak ada yang diimpor. %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 already listed.</source>
        <translation>Diimpor: %1 baru, %2 diubah, %3 sudah terdaftar.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CallPanel</name>
    <message>
        <source>Now calling</source>
        <translation>Sedang dipanggil</translation>
    </message>
    <message>
        <source>Please wait to be called</source>
        <translation>Mohon menunggu panggilan</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Loket %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintFileView</name>
    <message>
        <source>Show identity</source>
        <translation>Lihat identitas</translation>
    </message>
    <message>
        <source>Who complained. Every view is recorded in the audit log.</source>
        <translation>Siapa pelapornya. Setiap tampilan dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Tanda terima…</translation>
    </message>
    <message>
        <source>Print the complainant&apos;s receipt on the ticket printer (or save it as a PDF)</source>
        <translation>Cetak tanda terima pelapor di printer tiket (atau simpan sebagai PDF)</translation>
    </message>
    <message>
        <source>Response letter (PDF)…</source>
        <translation>Surat tanggapan (PDF)…</translation>
    </message>
    <message>
        <source>The letter on the office letterhead with the latest response, for signing</source>
        <translation>Surat berkop kantor dengan tanggapan terakhir, untuk ditandatangani</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Attachments (double-click to open)</source>
        <translation>Lampiran (klik dua kali untuk membuka)</translation>
    </message>
    <message>
        <source>Choose a complaint in the list.</source>
        <translation>Pilih pengaduan di daftar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; since %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sejak %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Layanan: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Nomor antrian %1</translation>
    </message>
    <message>
        <source>SP4N-LAPOR! %1</source>
        <translation>SP4N-LAPOR! %1</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Petugas: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>selesai terlambat</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>Verify by</source>
        <translation>Verifikasi paling lambat</translation>
    </message>
    <message>
        <source>First follow-up by</source>
        <translation>Tindak lanjut awal paling lambat</translation>
    </message>
    <message>
        <source>Settle by</source>
        <translation>Selesai paling lambat</translation>
    </message>
    <message>
        <source>Closes by itself on %1 if the complainant does not answer</source>
        <translation>Ditutup otomatis pada %1 jika pelapor tidak menjawab</translation>
    </message>
    <message>
        <source>Complainant: anonymous</source>
        <translation>Pelapor: anonim</translation>
    </message>
    <message>
        <source>Complainant: not recorded</source>
        <translation>Pelapor: tidak dicatat</translation>
    </message>
    <message>
        <source>Complainant: confidential (rahasia)</source>
        <translation>Pelapor: dirahasiakan</translation>
    </message>
    <message>
        <source>Complainant: hidden</source>
        <translation>Pelapor: disembunyikan</translation>
    </message>
    <message>
        <source>Complainant: confidential, seen only by the follow-up team</source>
        <translation>Pelapor: dirahasiakan, hanya dilihat tim tindak lanjut</translation>
    </message>
    <message>
        <source>Complainant: %1</source>
        <translation>Pelapor: %1</translation>
    </message>
    <message>
        <source>The attachment could not be written to %1.</source>
        <translation>Lampiran tidak dapat ditulis ke %1.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Add a photo (JPEG, PNG) or a PDF scan the complainant brought later</source>
        <translation>Tambah foto (JPEG, PNG) atau pindaian PDF yang dibawa pelapor kemudian</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Tambah bukti</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Foto dan pindaian (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>From the suggestion box: minutes %1, slip %2</source>
        <translation>Dari kotak saran: Berita acara %1, lembar %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintFormDialog</name>
    <message>
        <source>Log a complaint</source>
        <translation>Catat pengaduan</translation>
    </message>
    <message>
        <source>Fields with * are needed. The complainant gets the register number (and the receipt) as soon as it is saved.</source>
        <translation>Isian bertanda * wajib. Pelapor menerima nomor registrasi (dan tanda terima) begitu disimpan.</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>(no particular service)</source>
        <translation>(tidak terkait layanan tertentu)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>e.g. Waited two hours, no officer at counter 2</source>
        <translation>mis. Menunggu dua jam, tidak ada petugas di loket 2</translation>
    </message>
    <message>
        <source>What happened, when and where</source>
        <translation>Apa yang terjadi, kapan, dan di mana</translation>
    </message>
    <message>
        <source>only when it came from or goes to SP4N-LAPOR!</source>
        <translation>hanya bila berasal dari atau diteruskan ke SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Channel *</source>
        <translation>Saluran *</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Summary *</source>
        <translation>Ringkasan *</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>Received at *</source>
        <translation>Diterima pada *</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Standard component</source>
        <translation>Komponen standar</translation>
    </message>
    <message>
        <source>Loss suffered</source>
        <translation>Kerugian</translation>
    </message>
    <message>
        <source>Remedy asked for</source>
        <translation>Penyelesaian yang diminta</translation>
    </message>
    <message>
        <source>SP4N-LAPOR! number</source>
        <translation>Nomor SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Nomor antrian</translation>
    </message>
    <message>
        <source>The complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Anonymous: the person is not known</source>
        <translation>Anonim: pelapor tidak diketahui</translation>
    </message>
    <message>
        <source>Confidential: only the follow-up team sees who it is</source>
        <translation>Rahasia: hanya tim tindak lanjut yang melihat pelapor</translation>
    </message>
    <message>
        <source>phone or WhatsApp</source>
        <translation>telepon atau WhatsApp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Ask only for what is needed to answer (UU 27/2022).</source>
        <translation>Tanyakan hanya yang diperlukan untuk menanggapi (UU 27/2022).</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Add a photo or scan…</source>
        <translation>Tambah foto atau pindaian…</translation>
    </message>
    <message>
        <source>Save and give the number</source>
        <translation>Simpan dan berikan nomor</translation>
    </message>
    <message>
        <source>%1 (being served)</source>
        <translation>%1 (sedang dilayani)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Tambah bukti</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Foto dan pindaian (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintListModel</name>
    <message>
        <source>not yet assigned</source>
        <translation>belum ditugaskan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintReportDialog</name>
    <message>
        <source>Monthly complaint report</source>
        <translation>Laporan pengaduan bulanan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>The PDF carries the letterhead and the signature block; the workbook has one sheet per table.</source>
        <translation>PDF memuat kop surat dan blok tanda tangan; buku kerja memuat satu lembar per tabel.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save Excel workbook…</source>
        <translation>Simpan buku kerja Excel…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Received: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Diterima: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Followed up to completion: &lt;b&gt;%1&lt;/b&gt; (%2 %)</source>
        <translation>Selesai ditindaklanjuti: &lt;b&gt;%1&lt;/b&gt; (%2 %)</translation>
    </message>
    <message>
        <source>Settling deadline missed: &lt;b&gt;%1&lt;/b&gt; (%2 answered late, %3 still open)</source>
        <translation>Melewati batas penyelesaian: &lt;b&gt;%1&lt;/b&gt; (%2 ditanggapi terlambat, %3 masih terbuka)</translation>
    </message>
    <message>
        <source>First response: %1</source>
        <translation>Tanggapan pertama: %1</translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation>Tidak ada laporan untuk disimpan.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>Save the report as Excel</source>
        <translation>Simpan laporan sebagai Excel</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintStepDialog</name>
    <message>
        <source>Verify…</source>
        <translation>Verifikasi…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Tugaskan…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Tambah catatan…</translation>
    </message>
    <message>
        <source>Send the response…</source>
        <translation>Kirim tanggapan…</translation>
    </message>
    <message>
        <source>Wait for the complainant…</source>
        <translation>Tunggu pelapor…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Tutup…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>the office it goes to, when it is not ours</source>
        <translation>instansi tujuan, bila bukan kewenangan kami</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Diteruskan ke</translation>
    </message>
    <message>
        <source>Give it to</source>
        <translation>Tugaskan kepada</translation>
    </message>
    <message>
        <source>Response to the complainant</source>
        <translation>Tanggapan kepada pelapor</translation>
    </message>
    <message>
        <source>e.g. 800/123/Kec.CK/2026</source>
        <translation>mis. 800/123/Kec.CK/2026</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>What the complainant is asked for</source>
        <translation>Yang diminta dari pelapor</translation>
    </message>
    <message>
        <source>While the complaint waits for the complainant its deadlines stand still.</source>
        <translation>Selama menunggu pelapor, tenggat pengaduan dihentikan.</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Alasan dibuka kembali</translation>
    </message>
    <message>
        <source>Nobody else in the follow-up team can take it.</source>
        <translation>Tidak ada anggota tim tindak lanjut lain yang dapat menerimanya.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Log a complaint (F11)</source>
        <translation>Catat pengaduan (F11)</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>Laporan bulanan…</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Segera jatuh tempo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Search the texts…</source>
        <translation>Cari dalam teks…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Semua status</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) found, newest first</source>
        <translation>
            <numerusform>%n pengaduan ditemukan, terbaru dahulu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n pengaduan</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint logged</source>
        <translation>Pengaduan dicatat</translation>
    </message>
    <message>
        <source>The complaint is registered as &lt;b&gt;%1&lt;/b&gt;. Give this number to the complainant.</source>
        <translation>Pengaduan tercatat dengan nomor &lt;b&gt;%1&lt;/b&gt;. Berikan nomor ini kepada pelapor.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
</context>
<context>
    <name>loket::ui::ConnectionBanner</name>
    <message>
        <source>The connection to the server is lost — trying again…</source>
        <translation>Koneksi ke server terputus — mencoba lagi…</translation>
    </message>
</context>
<context>
    <name>loket::ui::ConsultationDialog</name>
    <message>
        <source>Record a public consultation</source>
        <translation>Catat konsultasi publik</translation>
    </message>
    <message>
        <source>A Forum Konsultasi Publik (PermenPANRB 16/2017). One forum often discusses the standards of several services: tick each of them.</source>
        <translation>Forum Konsultasi Publik (PermenPANRB 16/2017). Satu forum sering membahas standar pelayanan beberapa layanan: centang setiap layanan tersebut.</translation>
    </message>
    <message>
        <source>e.g. Aula Kantor Kecamatan</source>
        <translation>mis. Aula Kantor Kecamatan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>What the participants said and what was agreed</source>
        <translation>Pendapat peserta dan hal yang disepakati</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Tidak ada berkas</translation>
    </message>
    <message>
        <source>Attach minutes…</source>
        <translation>Lampirkan berita acara…</translation>
    </message>
    <message>
        <source>Minutes (berita acara)</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>Services discussed</source>
        <translation>Layanan yang dibahas</translation>
    </message>
    <message>
        <source>Participants by group of society</source>
        <translation>Peserta menurut kelompok masyarakat</translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation>Contohnya: %1.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <source>Names (optional, separated by commas)</source>
        <translation>Nama (opsional, dipisahkan koma)</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Tambah kelompok</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Minutes of the consultation</source>
        <translation>Berita acara konsultasi</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dokumen (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::ContentForm</name>
    <message>
        <source>The documents a citizen brings. Say whether the original or a copy is needed, how many, and any condition (&quot;still valid&quot;, &quot;legalised&quot;).</source>
        <translation>Dokumen yang dibawa warga. Sebutkan apakah diperlukan asli atau fotokopi, berapa lembar, dan syaratnya (&quot;masih berlaku&quot;, &quot;dilegalisasi&quot;).</translation>
    </message>
    <message>
        <source>The steps from arrival to handing over the product, in order, and who does each.</source>
        <translation>Langkah-langkah sejak warga datang sampai produk diserahkan, berurutan, beserta pelaksana setiap langkah.</translation>
    </message>
    <message>
        <source>How long the service takes once the file is complete. The queue measures actual service against this time.</source>
        <translation>Lama pelayanan setelah berkas lengkap. Antrian mengukur pelayanan yang sebenarnya terhadap jangka waktu ini.</translation>
    </message>
    <message>
        <source>Choose Free when nothing is charged. A fee needs the regulation that sets it; a fee without one is an illegal levy.</source>
        <translation>Pilih Gratis jika tidak dipungut biaya. Tarif harus memiliki peraturan yang menetapkannya; tarif tanpa peraturan adalah pungutan liar.</translation>
    </message>
    <message>
        <source>What the citizen receives: the document, the letter or the decision.</source>
        <translation>Yang diterima warga: dokumen, surat, atau keputusan.</translation>
    </message>
    <message>
        <source>Where citizens can complain or give suggestions, and how to reach each channel.</source>
        <translation>Tempat warga dapat menyampaikan pengaduan atau saran, dan cara menghubungi setiap saluran.</translation>
    </message>
    <message>
        <source>The laws and regulations the service rests on, one per line.</source>
        <translation>Peraturan perundang-undangan yang menjadi dasar layanan, satu per baris.</translation>
    </message>
    <message>
        <source>Rooms, equipment and facilities, including those for people with disabilities.</source>
        <translation>Ruangan, peralatan, dan fasilitas, termasuk bagi penyandang disabilitas.</translation>
    </message>
    <message>
        <source>The education, knowledge, skills and attitude the staff need.</source>
        <translation>Pendidikan, pengetahuan, keterampilan, dan sikap yang dibutuhkan pelaksana.</translation>
    </message>
    <message>
        <source>Who supervises the service inside the office, and how often.</source>
        <translation>Siapa yang mengawasi layanan di dalam kantor, dan seberapa sering.</translation>
    </message>
    <message>
        <source>How many people deliver the service, and in which roles.</source>
        <translation>Jumlah orang yang memberikan layanan, dan dalam peran apa.</translation>
    </message>
    <message>
        <source>The promise that the service follows this standard, and the sanction when it does not.</source>
        <translation>Janji bahwa layanan mengikuti standar ini, dan sanksinya jika tidak.</translation>
    </message>
    <message>
        <source>How the citizen&apos;s data, documents and safety are protected.</source>
        <translation>Cara data, dokumen, dan keselamatan warga dilindungi.</translation>
    </message>
    <message>
        <source>How and how often the performance of the staff is evaluated.</source>
        <translation>Cara dan frekuensi evaluasi kinerja pelaksana.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Asli atau fotokopi</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Asli</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Fotokopi</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Tambah dokumen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Tambah langkah</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>Free (Gratis)</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>A fee</source>
        <translation>Berbayar</translation>
    </message>
    <message>
        <source>The regulation that sets the fee, or that makes the service free</source>
        <translation>Peraturan yang menetapkan tarif, atau yang menggratiskan layanan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Tambah produk</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Contact or place</source>
        <translation>Kontak atau tempat</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Tambah saluran</translation>
    </message>
    <message>
        <source>Published at the counter</source>
        <translation>Dipublikasikan di loket</translation>
    </message>
    <message>
        <source>Internal management</source>
        <translation>Pengelolaan internal</translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation>Belum diisi</translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterActions</name>
    <message>
        <source>Call next</source>
        <translation>Panggil berikutnya</translation>
    </message>
    <message>
        <source>Call the next ticket in the line&apos;s order</source>
        <translation>Panggil nomor antrian berikutnya sesuai urutan antrian</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <source>Call the same ticket again on the board</source>
        <translation>Panggil lagi nomor antrian yang sama di layar antrian</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>The citizen has come: start the service</source>
        <translation>Warga sudah datang: mulai pelayanan</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>The service is done; the note is kept</source>
        <translation>Pelayanan sudah selesai; catatan disimpan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Nobody came after the call</source>
        <translation>Tidak ada yang datang setelah dipanggil</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Tunda…</translation>
    </message>
    <message>
        <source>Park the ticket (the citizen fetches a document) and serve others meanwhile</source>
        <translation>Tunda nomor antrian ini (warga mengambil dokumen) dan layani warga lain sementara itu</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Alihkan…</translation>
    </message>
    <message>
        <source>Send the ticket to another service or counter</source>
        <translation>Alihkan nomor antrian ke layanan atau loket lain</translation>
    </message>
    <message>
        <source>Call selected…</source>
        <translation>Panggil yang dipilih…</translation>
    </message>
    <message>
        <source>Call the ticket selected in the waiting list out of its turn (a reason is required)</source>
        <translation>Panggil nomor antrian yang dipilih di daftar tunggu di luar gilirannya (alasan wajib diisi)</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Layani langsung…</translation>
    </message>
    <message>
        <source>Serve a citizen who has no ticket</source>
        <translation>Layani warga yang tidak memiliki nomor antrian</translation>
    </message>
    <message>
        <source>Issue ticket…</source>
        <translation>Terbitkan nomor…</translation>
    </message>
    <message>
        <source>Issue a ticket for a citizen (when the kiosk or its printer is down)</source>
        <translation>Terbitkan nomor antrian untuk warga (saat anjungan atau printernya tidak berfungsi)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Call the selected held ticket back</source>
        <translation>Panggil kembali nomor antrian tertunda yang dipilih</translation>
    </message>
    <message>
        <source>Ticket %1 called.</source>
        <translation>Nomor antrian %1 dipanggil.</translation>
    </message>
    <message>
        <source>Ticket %1 called again.</source>
        <translation>Nomor antrian %1 dipanggil ulang.</translation>
    </message>
    <message>
        <source>Serving ticket %1.</source>
        <translation>Melayani nomor antrian %1.</translation>
    </message>
    <message>
        <source>Ticket %1 finished.</source>
        <translation>Nomor antrian %1 selesai.</translation>
    </message>
    <message>
        <source>Ticket %1 marked as not come.</source>
        <translation>Nomor antrian %1 ditandai tidak hadir.</translation>
    </message>
    <message>
        <source>Hold ticket %1</source>
        <translation>Tunda nomor antrian %1</translation>
    </message>
    <message>
        <source>The ticket waits at this counter until you resume it. Why is it held?</source>
        <translation>Nomor antrian ini menunggu di loket ini sampai Anda melanjutkannya. Mengapa ditunda?</translation>
    </message>
    <message>
        <source>Fetching a missing document</source>
        <translation>Mengambil dokumen yang kurang</translation>
    </message>
    <message>
        <source>Making a photocopy</source>
        <translation>Memfotokopi dokumen</translation>
    </message>
    <message>
        <source>Waiting for a signature</source>
        <translation>Menunggu tanda tangan</translation>
    </message>
    <message>
        <source>Paying at the bank</source>
        <translation>Membayar di bank</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Ticket %1 is on hold.</source>
        <translation>Nomor antrian %1 ditunda.</translation>
    </message>
    <message>
        <source>Ticket %1 transferred.</source>
        <translation>Nomor antrian %1 dialihkan.</translation>
    </message>
    <message>
        <source>Select a ticket in the waiting list first, then press F8.</source>
        <translation>Pilih nomor antrian di daftar tunggu terlebih dahulu, lalu tekan F8.</translation>
    </message>
    <message>
        <source>Call ticket %1 out of turn</source>
        <translation>Panggil nomor antrian %1 di luar giliran</translation>
    </message>
    <message>
        <source>Calling a ticket before its turn is recorded with your name. Why is %1 called now?</source>
        <translation>Pemanggilan di luar giliran dicatat dengan nama Anda. Mengapa %1 dipanggil sekarang?</translation>
    </message>
    <message>
        <source>Came back with the missing document</source>
        <translation>Kembali dengan dokumen yang kurang</translation>
    </message>
    <message>
        <source>Agreed appointment</source>
        <translation>Sesuai janji temu</translation>
    </message>
    <message>
        <source>Asked by the supervisor</source>
        <translation>Atas permintaan supervisor</translation>
    </message>
    <message>
        <source>Urgent need</source>
        <translation>Keperluan mendesak</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Panggil %1</translation>
    </message>
    <message>
        <source>Serve a walk-in</source>
        <translation>Layani warga tanpa nomor antrian</translation>
    </message>
    <message>
        <source>For a citizen served at once without a ticket. The visit is numbered and counted like any ticket.</source>
        <translation>Untuk warga yang langsung dilayani tanpa nomor antrian. Kunjungan ini tetap diberi nomor dan dihitung seperti nomor antrian lainnya.</translation>
    </message>
    <message>
        <source>Serve now</source>
        <translation>Layani sekarang</translation>
    </message>
    <message>
        <source>Walk-in %1 is being served.</source>
        <translation>Warga tanpa nomor antrian (%1) sedang dilayani.</translation>
    </message>
    <message>
        <source>Issue a ticket</source>
        <translation>Terbitkan nomor antrian</translation>
    </message>
    <message>
        <source>For a citizen when the kiosk or its printer is down. The ticket joins the line like one from the kiosk.</source>
        <translation>Untuk warga saat anjungan atau printernya tidak berfungsi. Nomor antrian ini masuk antrian seperti nomor dari anjungan.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation>Nomor antrian %1 diterbitkan.</translation>
    </message>
    <message>
        <source>Ticket %1 called back.</source>
        <translation>Nomor antrian %1 dipanggil kembali.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Batalkan tanda</translation>
    </message>
    <message>
        <source>The citizen has come after all: take the no-show back</source>
        <translation>Warga ternyata datang: batalkan tanda tidak hadir</translation>
    </message>
    <message>
        <source>Finish, call next</source>
        <translation>Selesai, panggil berikutnya</translation>
    </message>
    <message>
        <source>Finish this citizen (the note is kept) and call the next ticket</source>
        <translation>Selesaikan warga ini (catatan disimpan) dan panggil nomor antrian berikutnya</translation>
    </message>
    <message>
        <source>Ticket %1 finished, ticket %2 called.</source>
        <translation>Nomor antrian %1 selesai, nomor antrian %2 dipanggil.</translation>
    </message>
    <message>
        <source>Ticket %1 finished. %2</source>
        <translation>Nomor antrian %1 selesai. %2</translation>
    </message>
    <message>
        <source>Ticket %1 is back at the counter.</source>
        <translation>Nomor antrian %1 kembali dilayani di loket.</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>Pengaduan…</translation>
    </message>
    <message>
        <source>Write down a complaint the citizen tells at the desk (the ticket and service are filled in)</source>
        <translation>Catat pengaduan yang disampaikan warga di loket (nomor antrian dan layanan terisi otomatis)</translation>
    </message>
    <message>
        <source>Complaint %1 logged: give this number to the citizen.</source>
        <translation>Pengaduan %1 dicatat: berikan nomor ini kepada warga.</translation>
    </message>
    <message>
        <source>Hand to survey</source>
        <translation>Serahkan ke survei</translation>
    </message>
    <message>
        <source>Hand the ticket just finished to the survey screen, so the citizen answers the satisfaction survey there without typing anything</source>
        <translation>Serahkan tiket yang baru selesai dilayani ke layar survei, agar warga mengisi survei kepuasan di sana tanpa mengetik apa pun</translation>
    </message>
    <message>
        <source>Ticket %1 (%2) is handed to the survey screen: invite the citizen to answer it there. It waits %3 minutes.</source>
        <translation>Tiket %1 (%2) diserahkan ke layar survei: persilakan warga mengisinya di sana. Survei menunggu %3 menit.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterBar</name>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Loket</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign in at this counter, so its calls are yours</source>
        <translation>Masuk di loket ini, agar panggilannya tercatat atas nama Anda</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the counter (or end its pause) so it calls tickets</source>
        <translation>Buka loket (atau akhiri jedanya) agar loket memanggil nomor antrian</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Jeda…</translation>
    </message>
    <message>
        <source>Stop calling for a while; the reason is shown to the supervisor</source>
        <translation>Hentikan pemanggilan sementara; alasannya ditampilkan kepada supervisor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the counter and sign out of it</source>
        <translation>Tutup loket dan keluar dari loket ini</translation>
    </message>
    <message>
        <source>You are signed in at this counter. Close it to work at another one.</source>
        <translation>Anda sudah masuk di loket ini. Tutup loket ini untuk bertugas di loket lain.</translation>
    </message>
    <message>
        <source>No counter is set up. Ask the administrator to add one.</source>
        <translation>Belum ada loket yang disiapkan. Minta administrator untuk menambahkannya.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>You are signed in at loket %1.</source>
        <translation>Anda sudah masuk di loket %1.</translation>
    </message>
    <message>
        <source>Loket %1 is open.</source>
        <translation>Loket %1 dibuka.</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Jeda %1</translation>
    </message>
    <message>
        <source>Why is the counter pausing? The supervisor sees the reason.</source>
        <translation>Mengapa loket dijeda? Supervisor dapat melihat alasannya.</translation>
    </message>
    <message>
        <source>Prayer break (ishoma)</source>
        <translation>Istirahat salat (ishoma)</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Istirahat makan siang</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Checking documents</source>
        <translation>Memeriksa dokumen</translation>
    </message>
    <message>
        <source>Computer or printer problem</source>
        <translation>Gangguan komputer atau printer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Loket %1 is paused.</source>
        <translation>Loket %1 dijeda.</translation>
    </message>
    <message>
        <source>Loket %1 is closed and you are signed out of it.</source>
        <translation>Loket %1 ditutup dan Anda sudah keluar dari loket tersebut.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterPage</name>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>In the order this counter calls them. Double-click a ticket (or select it and press F8) to call it out of turn.</source>
        <translation>Sesuai urutan pemanggilan di loket ini. Klik dua kali nomor antrian (atau pilih lalu tekan F8) untuk memanggilnya di luar giliran.</translation>
    </message>
    <message>
        <source>Tickets parked at this counter. Double-click one (or select it and press Shift+F6) to call it back.</source>
        <translation>Nomor antrian yang ditunda di loket ini. Klik dua kali salah satunya (atau pilih lalu tekan Shift+F6) untuk memanggilnya kembali.</translation>
    </message>
    <message>
        <source>Waiting for loket %1: %2</source>
        <translation>Menunggu untuk loket %1: %2</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Menunggu: %1</translation>
    </message>
    <message>
        <source>On hold here: %1</source>
        <translation>Ditunda di sini: %1</translation>
    </message>
    <message>
        <source>Your account does not serve at a counter</source>
        <translation>Akun Anda tidak bertugas di loket</translation>
    </message>
    <message>
        <source>Ask the administrator for an officer account.</source>
        <translation>Minta akun petugas loket kepada administrator.</translation>
    </message>
    <message>
        <source>No counter chosen</source>
        <translation>Belum ada loket yang dipilih</translation>
    </message>
    <message>
        <source>Choose your counter above.</source>
        <translation>Pilih loket Anda di atas.</translation>
    </message>
    <message>
        <source>%1 is signed in there now.</source>
        <translation>%1 sedang masuk di sana.</translation>
    </message>
    <message>
        <source>Press Ctrl+O to open the counter, or Ctrl+I to sign in at it.</source>
        <translation>Tekan Ctrl+O untuk membuka loket, atau Ctrl+I untuk masuk di loket.</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>Loket sedang dijeda</translation>
    </message>
    <message>
        <source>Press Ctrl+O to open it again.</source>
        <translation>Tekan Ctrl+O untuk membukanya kembali.</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>Loket sedang tutup</translation>
    </message>
    <message>
        <source>Press Ctrl+O to open it.</source>
        <translation>Tekan Ctrl+O untuk membukanya.</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <source>New tickets appear in the list as soon as they are taken.</source>
        <translation>Nomor antrian baru muncul di daftar begitu diambil.</translation>
    </message>
    <message>
        <source>Ready for the next citizen</source>
        <translation>Siap melayani warga berikutnya</translation>
    </message>
    <message>
        <source>Press F1 or Space to call the next ticket.</source>
        <translation>Tekan F1 atau Spasi untuk memanggil nomor antrian berikutnya.</translation>
    </message>
    <message>
        <source>Served today at loket %1: %2</source>
        <translation>Dilayani hari ini di loket %1: %2</translation>
    </message>
    <message>
        <source>Whole office: %1 waiting, %2 served</source>
        <translation>Seluruh kantor: %1 menunggu, %2 dilayani</translation>
    </message>
    <message>
        <source>Sign in to loket %1 to serve</source>
        <translation>Masuk di loket %1 untuk melayani</translation>
    </message>
    <message>
        <source>Ticket %1 marked as not come (Ctrl+Z takes it back).</source>
        <translation>Nomor antrian %1 ditandai tidak hadir (Ctrl+Z membatalkannya).</translation>
    </message>
    <message>
        <source>Take back (%1)</source>
        <translation>Batalkan (%1)</translation>
    </message>
    <message>
        <source>on this PC</source>
        <translation>di komputer ini</translation>
    </message>
    <message>
        <source>on PC %1</source>
        <translation>di komputer %1</translation>
    </message>
    <message>
        <source>You also work at loket %1 in another Loket window (%2). Two windows at one counter call two citizens at once: close one of them.</source>
        <translation>Anda juga bekerja di loket %1 pada jendela Loket lain (%2). Dua jendela di satu loket memanggil dua warga sekaligus: tutup salah satunya.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterStatusModel</name>
    <message>
        <source>%1 · serving for %2</source>
        <translation>%1 · dilayani selama %2</translation>
    </message>
    <message>
        <source>%1 · called %2 ago</source>
        <translation>%1 · dipanggil %2 yang lalu</translation>
    </message>
    <message>
        <source>Loket %1</source>
        <translation>Loket %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Dijeda: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Sedang di loket</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>May call</source>
        <translation>Dapat dipanggil</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Dilayani hari ini</translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterWindow</name>
    <message>
        <source>Loket — Counter — %1</source>
        <translation>Loket — Loket Pelayanan — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>loket::ui::CountersTab</name>
    <message>
        <source>Each counter calls only the services it serves. The number is what the display board announces: &quot;silakan menuju loket 2&quot;.</source>
        <translation>Setiap loket hanya memanggil layanan yang dilayaninya. Nomor loket adalah nomor yang diumumkan layar antrian: &quot;silakan menuju loket 2&quot;.</translation>
    </message>
    <message>
        <source>Add counter…</source>
        <translation>Tambah loket…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Tidak dipakai</translation>
    </message>
    <message>
        <source>New counter</source>
        <translation>Loket baru</translation>
    </message>
    <message>
        <source>Edit counter %1</source>
        <translation>Ubah loket %1</translation>
    </message>
    <message>
        <source>e.g. Loket 2 — Kartu Keluarga</source>
        <translation>mis. Loket 2 — Kartu Keluarga</translation>
    </message>
    <message>
        <source>Number *</source>
        <translation>Nomor *</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Melayani</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Counter %1 saved.</source>
        <translation>Loket %1 disimpan.</translation>
    </message>
    <message>
        <source>Start the service when the citizen is called (one key per citizen)</source>
        <translation>Mulai layanan saat warga dipanggil (satu tombol per warga)</translation>
    </message>
    <message>
        <source>On: F1 finishes the citizen at the counter and calls the next, whose service starts at once; the service time then includes the walk to the counter. Off: the officer presses F3 when the citizen arrives.</source>
        <translation>Aktif: F1 menyelesaikan warga di loket dan memanggil berikutnya, yang layanannya langsung dimulai; waktu layanan lalu termasuk waktu berjalan ke loket. Tidak aktif: petugas menekan F3 saat warga tiba.</translation>
    </message>
    <message>
        <source>Saved: calling a ticket now starts its service.</source>
        <translation>Tersimpan: memanggil nomor antrian kini langsung memulai layanannya.</translation>
    </message>
    <message>
        <source>Saved: the officer starts each service with F3.</source>
        <translation>Tersimpan: petugas memulai setiap layanan dengan F3.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CurrentTicketPanel</name>
    <message>
        <source>Serving</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <source>Outcome or note, kept when you finish (optional)</source>
        <translation>Hasil atau catatan, disimpan saat Anda menyelesaikan (opsional)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Requirements (Standar Pelayanan)</source>
        <translation>Persyaratan (Standar Pelayanan)</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioritas: %1</translation>
    </message>
    <message>
        <source>BEING SERVED</source>
        <translation>SEDANG DILAYANI</translation>
    </message>
    <message>
        <source>CALLED — waiting for the citizen to come</source>
        <translation>DIPANGGIL — menunggu warga datang</translation>
    </message>
    <message>
        <source>Since call</source>
        <translation>Sejak dipanggil</translation>
    </message>
    <message>
        <source>%1 (called %2 times)</source>
        <translation>%1 (dipanggil %2 kali)</translation>
    </message>
    <message>
        <source>walk-in, not called</source>
        <translation>langsung (tanpa nomor antrian), tidak dipanggil</translation>
    </message>
    <message>
        <source>No standard is in force for this service.</source>
        <translation>Belum ada standar pelayanan yang berlaku untuk layanan ini.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Tidak ada yang dicantumkan.</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 dari %2 menit</translation>
    </message>
    <message>
        <source>%1 over the service&apos;s target of %2 min</source>
        <translation>%1 melebihi target layanan %2 menit</translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardComplaints</name>
    <message>
        <source>The first %1 complaints, by receipt.</source>
        <translation>%1 pengaduan pertama, menurut waktu diterima.</translation>
    </message>
    <message>
        <source>%1 complaints, by receipt.</source>
        <translation>%1 pengaduan, menurut waktu diterima.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Tanggapan pertama</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardEvaluation</name>
    <message>
        <source>Met</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Sebagian</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>What the evaluators (KemenPANRB&apos;s PEKPPP, Ombudsman RI) look at, and the evidence Loket holds for each point.</source>
        <translation>Yang dinilai evaluator (PEKPPP KemenPANRB, Ombudsman RI) dan bukti yang tersimpan di Loket untuk setiap butir.</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Butir penilaian</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence in Loket</source>
        <translation>Bukti di Loket</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Yang masih kurang</translation>
    </message>
    <message>
        <source>Reading the evidence…</source>
        <translation>Membaca bukti…</translation>
    </message>
    <message>
        <source>Self-check on %1: %2 met, %3 partly, %4 missing of %5 points.</source>
        <translation>Penilaian mandiri per %1: %2 terpenuhi, %3 sebagian, %4 belum ada dari %5 butir.</translation>
    </message>
    <message>
        <source>Print the self-check</source>
        <translation>Cetak swa-periksa</translation>
    </message>
    <message>
        <source>The page to print before the evaluators visit: a print preview or a PDF</source>
        <translation>Halaman yang dicetak sebelum evaluator berkunjung: pratinjau cetak atau PDF</translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardPage</name>
    <message>
        <source>Monthly dashboard</source>
        <translation>Dasbor bulanan</translation>
    </message>
    <message>
        <source>The month before (Alt+Left)</source>
        <translation>Bulan sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <source>The month after (Alt+Right)</source>
        <translation>Bulan berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <source>Computing the month&apos;s figures…</source>
        <translation>Menghitung angka bulan ini…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Compute the month again (F5)</source>
        <translation>Hitung ulang bulan ini (F5)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Pengunjung</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Median waktu tunggu</translation>
    </message>
    <message>
        <source>Within the standard</source>
        <translation>Sesuai standar</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Priority visitors</source>
        <translation>Pengunjung prioritas</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <source>Complaints completed</source>
        <translation>Pengaduan selesai</translation>
    </message>
    <message>
        <source>Complaints overdue</source>
        <translation>Pengaduan lewat batas</translation>
    </message>
    <message>
        <source>IKM (month)</source>
        <translation>IKM (bulan ini)</translation>
    </message>
    <message>
        <source>The month</source>
        <translation>Ringkasan bulan</translation>
    </message>
    <message>
        <source>Evaluation self-check</source>
        <translation>Penilaian mandiri evaluasi</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>period: %1</source>
        <translation>periode: %1</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>membandingkan…</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Dibanding %1</translation>
    </message>
    <message>
        <source>last month %1</source>
        <translation>bulan lalu %1</translation>
    </message>
    <message>
        <source>%1 a year ago (%2)</source>
        <translation>tahun lalu %1 (%2)</translation>
    </message>
    <message>
        <source>%1 a year ago</source>
        <translation>tahun lalu %1</translation>
    </message>
    <message>
        <source>%1: tickets of %2</source>
        <translation>%1: tiket %2</translation>
    </message>
    <message>
        <source>Tickets of %1</source>
        <translation>Tiket %1</translation>
    </message>
    <message>
        <source>IKM per survey period</source>
        <translation>IKM per periode survei</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>The month&apos;s &quot;Laporan Bulanan Pelayanan Publik&quot;: print preview, PDF or Excel workbook</source>
        <translation>&quot;Laporan Bulanan Pelayanan Publik&quot; bulan ini: pratinjau cetak, PDF, atau buku kerja Excel</translation>
    </message>
    <message>
        <source>Click a bar to see those complaints of the month.</source>
        <translation>Klik batang untuk melihat pengaduan bulan ini yang termasuk di dalamnya.</translation>
    </message>
    <message>
        <source>Complaints of the month by state</source>
        <translation>Pengaduan bulan ini menurut status</translation>
    </message>
    <message>
        <source>Suggestion-box slips by decision</source>
        <translation>Lembar kotak saran menurut keputusan</translation>
    </message>
    <message>
        <source>Complaints of %1: %2</source>
        <translation>Pengaduan %1: %2</translation>
    </message>
    <message>
        <source>First response to complaints</source>
        <translation>Tanggapan pertama atas pengaduan</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>membaca…</translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardRecords</name>
    <message>
        <source>The first %1 tickets, by arrival.</source>
        <translation>%1 tiket pertama, menurut urutan kedatangan.</translation>
    </message>
    <message>
        <source>%1 tickets, by arrival.</source>
        <translation>%1 tiket, menurut urutan kedatangan.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>Tunggu (menit)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
</context>
<context>
    <name>loket::ui::DecreeDialog</name>
    <message>
        <source>Set the standard by decree</source>
        <translation>Tetapkan standar pelayanan dengan SK</translation>
    </message>
    <message>
        <source>Version %1 of the standard for %2 comes into force on the date below and replaces the version in force now, which ends the day before. A set version cannot be changed afterwards.</source>
        <translation>Versi %1 standar pelayanan %2 mulai berlaku pada tanggal di bawah dan menggantikan versi yang berlaku saat ini, yang berakhir sehari sebelumnya. Versi yang sudah ditetapkan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Decree number (nomor SK)</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ditandatangani pada</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Set the standard</source>
        <translation>Tetapkan standar pelayanan</translation>
    </message>
</context>
<context>
    <name>loket::ui::EvaluationReportMenu</name>
    <message>
        <source>Making the evaluation self-check…</source>
        <translation>Membuat swa-periksa evaluasi…</translation>
    </message>
    <message>
        <source>Save the evaluation self-check as PDF</source>
        <translation>Simpan swa-periksa evaluasi sebagai PDF</translation>
    </message>
    <message>
        <source>Evaluation self-check — print preview</source>
        <translation>Swa-periksa evaluasi — pratinjau cetak</translation>
    </message>
</context>
<context>
    <name>loket::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Loket</source>
        <translation>Selamat datang di Loket</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Start using Loket</source>
        <translation>Mulai memakai Loket</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Kantor Anda</translation>
    </message>
    <message>
        <source>Loket is set up once for the office. You can change all of this later in Settings.</source>
        <translation>Loket diatur satu kali untuk kantor. Semua isian ini dapat diubah nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>e.g. Kecamatan Sukamaju</source>
        <translation>mis. Kecamatan Sukamaju</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Bandung</source>
        <translation>mis. Pemerintah Kabupaten Bandung</translation>
    </message>
    <message>
        <source>WIB — Western Indonesia (UTC+7)</source>
        <translation>WIB — Waktu Indonesia Barat (UTC+7)</translation>
    </message>
    <message>
        <source>WITA — Central Indonesia (UTC+8)</source>
        <translation>WITA — Waktu Indonesia Tengah (UTC+8)</translation>
    </message>
    <message>
        <source>WIT — Eastern Indonesia (UTC+9)</source>
        <translation>WIT — Waktu Indonesia Timur (UTC+9)</translation>
    </message>
    <message>
        <source>e.g. Drs. H. Ahmad Fauzi, M.Si.</source>
        <translation>mis. Drs. H. Ahmad Fauzi, M.Si.</translation>
    </message>
    <message>
        <source>Office name *</source>
        <translation>Nama kantor *</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Instansi induk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>City / regency</source>
        <translation>Kota / kabupaten</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Kepala kantor</translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation>NIP kepala kantor</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>This account manages users, services, counters and backups. Keep its password safe: it cannot be recovered.</source>
        <translation>Akun ini mengelola pengguna, layanan, loket, dan cadangan. Simpan kata sandinya dengan aman: kata sandi tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Nama lengkap *</translation>
    </message>
    <message>
        <source>Username *</source>
        <translation>Nama pengguna *</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Kata sandi *</translation>
    </message>
    <message>
        <source>Repeat password *</source>
        <translation>Ulangi kata sandi *</translation>
    </message>
    <message>
        <source>At least 8 characters, not the same as the username.</source>
        <translation>Minimal 8 karakter, tidak sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name: it is printed on tickets and reports.</source>
        <translation>Masukkan nama kantor: nama ini dicetak pada nomor antrian dan laporan.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Masukkan nama lengkap administrator.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>loket::ui::GeneralTab</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Loket uses the new language from its next start.</source>
        <translation>Loket memakai bahasa baru mulai saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Saved. Loket uses the new language from its next start.</source>
        <translation>Tersimpan. Loket memakai bahasa baru mulai saat dijalankan berikutnya.</translation>
    </message>
</context>
<context>
    <name>loket::ui::HeatMap</name>
    <message>
        <source>Tickets issued by weekday and hour of the day, darker is busier.</source>
        <translation>Tiket yang diambil menurut hari dan jam; makin gelap makin ramai.</translation>
    </message>
    <message>
        <source>Visitors by hour and weekday</source>
        <translation>Pengunjung menurut jam dan hari</translation>
    </message>
    <message>
        <source>%1, %2.00–%3.00: %4 tickets</source>
        <translation>%1, pukul %2.00–%3.00: %4 tiket</translation>
    </message>
</context>
<context>
    <name>loket::ui::IssuedTicketDialog</name>
    <message>
        <source>Ticket %1 issued</source>
        <translation>Nomor antrian %1 diterbitkan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Print ticket %1</source>
        <translation>Cetak nomor antrian %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskIdlePage</name>
    <message>
        <source>Touch the screen to take a queue number</source>
        <translation>Sentuh layar untuk mengambil nomor antrian</translation>
    </message>
    <message>
        <source>Priority service for the elderly, people with disabilities, pregnant women and mothers with children</source>
        <translation>Pelayanan prioritas bagi lansia, penyandang disabilitas, ibu hamil, dan ibu dengan anak</translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskPriorityPage</name>
    <message>
        <source>Do you need priority service?</source>
        <translation>Apakah Anda memerlukan pelayanan prioritas?</translation>
    </message>
    <message>
        <source>Priority tickets are called first. The officer may ask you to show it.</source>
        <translation>Nomor antrian prioritas dipanggil lebih dahulu. Petugas mungkin meminta Anda menunjukkan buktinya.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>No, a regular number</source>
        <translation>Tidak, nomor antrian biasa</translation>
    </message>
    <message>
        <source>Take your turn in the line</source>
        <translation>Menunggu giliran sesuai urutan antrian</translation>
    </message>
    <message>
        <source>Priority service</source>
        <translation>Pelayanan prioritas</translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskServicePage</name>
    <message>
        <source>Choose a service</source>
        <translation>Pilih layanan</translation>
    </message>
    <message>
        <source>Tap the service you came for.</source>
        <translation>Sentuh layanan yang Anda perlukan.</translation>
    </message>
    <message>
        <source>No service takes queue numbers at the moment. Please ask at the information desk.</source>
        <translation>Saat ini belum ada layanan yang menerima nomor antrian. Silakan bertanya di meja informasi.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Service time: %1</source>
        <translation>Jangka waktu pelayanan: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskTicketPage</name>
    <message>
        <source>Your queue number</source>
        <translation>Nomor antrian Anda</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Cetak lagi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Mencetak nomor antrian Anda…</translation>
    </message>
    <message>
        <source>Please take your ticket. Your number will be called on the screen.</source>
        <translation>Silakan ambil nomor antrian Anda. Nomor Anda akan dipanggil di layar.</translation>
    </message>
    <message>
        <source>Please remember your number: it will be called on the screen.</source>
        <translation>Mohon ingat nomor Anda: nomor itu akan dipanggil di layar.</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Selesai (%1)</translation>
    </message>
    <message>
        <source>%1 Your number is %2: it will be called on the screen.</source>
        <translation>%1 Nomor Anda %2: nomor ini akan dipanggil di layar.</translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskWindow</name>
    <message>
        <source>Loket ticket kiosk</source>
        <translation>Anjungan antrian Loket</translation>
    </message>
    <message>
        <source>Today is a holiday: %1.</source>
        <translation>Hari ini libur: %1.</translation>
    </message>
    <message>
        <source>No ticket was issued: the connection to the server is lost. Please wait a moment and tap again, or ask an officer.</source>
        <translation>Tiket tidak diterbitkan: koneksi ke server terputus. Mohon tunggu sebentar lalu sentuh lagi, atau tanyakan kepada petugas.</translation>
    </message>
</context>
<context>
    <name>loket::ui::LoginDialog</name>
    <message>
        <source>Sign in — Loket</source>
        <translation>Masuk — Loket</translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation>Masuk untuk melanjutkan</translation>
    </message>
    <message>
        <source>e.g. petugas1</source>
        <translation>mis. petugas1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Masukkan nama pengguna dan kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>Loket — %1</source>
        <translation>Loket — %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>loket::ui::MaklumatDialog</name>
    <message>
        <source>Maklumat Pelayanan</source>
        <translation>Maklumat Pelayanan</translation>
    </message>
    <message>
        <source>The office&apos;s written promise to serve to its standards, and to accept sanctions when it does not. Signed by the head of office and displayed at the counter.</source>
        <translation>Janji tertulis kantor untuk melayani sesuai standar pelayanan, dan kesediaan menerima sanksi jika tidak. Ditandatangani kepala kantor dan dipasang di loket.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ditandatangani pada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Decree number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Dipublikasikan di</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation>Tautan atau tempat</translation>
    </message>
    <message>
        <source>SIPPN</source>
        <translation>SIPPN</translation>
    </message>
    <message>
        <source>Add publication…</source>
        <translation>Tambah publikasi…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>the Maklumat Pelayanan</source>
        <translation>Maklumat Pelayanan</translation>
    </message>
    <message>
        <source>Remove publication</source>
        <translation>Hapus publikasi</translation>
    </message>
    <message>
        <source>Remove the publication on %1?</source>
        <translation>Hapus publikasi di %1?</translation>
    </message>
</context>
<context>
    <name>loket::ui::MonitorPage</name>
    <message>
        <source>Queue monitor</source>
        <translation>Pemantau antrian</translation>
    </message>
    <message>
        <source>Today&apos;s queue, live: it changes as soon as a ticket is taken or called anywhere.</source>
        <translation>Antrian hari ini, secara langsung: tampilan berubah seketika saat nomor antrian diambil atau dipanggil di mana pun.</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Pindahkan…</translation>
    </message>
    <message>
        <source>Send the selected ticket to another service or counter; it keeps its arrival time</source>
        <translation>Kirim nomor antrian yang dipilih ke layanan atau loket lain; waktu kedatangannya tetap</translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation>Batalkan nomor antrian…</translation>
    </message>
    <message>
        <source>The citizen has left or the ticket was taken by mistake; a reason is required</source>
        <translation>Warga sudah pergi atau nomor antrian tidak sengaja diambil; alasan wajib diisi</translation>
    </message>
    <message>
        <source>Waiting, by arrival: %1 (%2 priority)</source>
        <translation>Menunggu, menurut kedatangan: %1 (%2 prioritas)</translation>
    </message>
    <message>
        <source>Today: %1 waiting, %2 served</source>
        <translation>Hari ini: %1 menunggu, %2 dilayani</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Diperbarui pukul %1</translation>
    </message>
    <message>
        <source>Ticket %1 moved.</source>
        <translation>Nomor antrian %1 dipindahkan.</translation>
    </message>
    <message>
        <source>Cancel ticket %1</source>
        <translation>Batalkan nomor antrian %1</translation>
    </message>
    <message>
        <source>Ticket %1 (%2) leaves the line for good. Why?</source>
        <translation>Nomor antrian %1 (%2) keluar dari antrian untuk seterusnya. Apa alasannya?</translation>
    </message>
    <message>
        <source>The citizen has left</source>
        <translation>Warga sudah pergi</translation>
    </message>
    <message>
        <source>Taken twice by mistake</source>
        <translation>Tidak sengaja diambil dua kali</translation>
    </message>
    <message>
        <source>Wrong service, a new ticket was taken</source>
        <translation>Salah layanan, sudah mengambil nomor antrian baru</translation>
    </message>
    <message>
        <source>The service is not available today</source>
        <translation>Layanan tidak tersedia hari ini</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>Batalkan nomor antrian</translation>
    </message>
    <message>
        <source>Ticket %1 cancelled.</source>
        <translation>Nomor antrian %1 dibatalkan.</translation>
    </message>
    <message>
        <source>Display board: no voice, chime only</source>
        <translation>Layar antrian: tanpa suara, hanya bunyi bel</translation>
    </message>
</context>
<context>
    <name>loket::ui::MonthlyReportMenu</name>
    <message>
        <source>Write each month&apos;s report by itself…</source>
        <translation>Tulis laporan setiap bulan secara otomatis…</translation>
    </message>
    <message>
        <source>The folder for each month&apos;s report (PDF and workbook)</source>
        <translation>Folder untuk laporan setiap bulan (PDF dan buku kerja)</translation>
    </message>
    <message>
        <source>The monthly report is no longer written by itself.</source>
        <translation>Laporan bulanan tidak lagi ditulis secara otomatis.</translation>
    </message>
    <message>
        <source>From the first working day of each month, Loket writes the month before&apos;s report into %1 when it starts.</source>
        <translation>Mulai hari kerja pertama setiap bulan, Loket menulis laporan bulan sebelumnya ke %1 saat dijalankan.</translation>
    </message>
    <message>
        <source>Making the monthly report of %1…</source>
        <translation>Membuat laporan bulanan %1…</translation>
    </message>
    <message>
        <source>Save the monthly report as PDF</source>
        <translation>Simpan laporan bulanan sebagai PDF</translation>
    </message>
    <message>
        <source>Save the monthly report as an Excel workbook</source>
        <translation>Simpan laporan bulanan sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Monthly report — print preview</source>
        <translation>Laporan bulanan — pratinjau cetak</translation>
    </message>
</context>
<context>
    <name>loket::ui::MyAccountPage</name>
    <message>
        <source>My account</source>
        <translation>Akun saya</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Masuk sebagai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>At least 8 characters, not the same as your username.</source>
        <translation>Minimal 8 karakter, tidak sama dengan nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Masukkan kata sandi Anda saat ini.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Kata sandi Anda telah diubah.</translation>
    </message>
</context>
<context>
    <name>loket::ui::OfficeTab</name>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Office name *</source>
        <translation>Nama kantor *</translation>
    </message>
    <message>
        <source>e.g. Kecamatan Sukamaju</source>
        <translation>mis. Kecamatan Sukamaju</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Instansi induk</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Bandung</source>
        <translation>mis. Pemerintah Kabupaten Bandung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>City / regency</source>
        <translation>Kota / kabupaten</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Kepala kantor</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Jabatan kepala kantor</translation>
    </message>
    <message>
        <source>e.g. Camat Sukamaju</source>
        <translation>mis. Camat Sukamaju</translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation>NIP kepala kantor</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Perubahan dibatalkan.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Choose the office logo</source>
        <translation>Pilih logo kantor</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not an image Loket can read. Choose a PNG or JPEG file.</source>
        <translation>%1 bukan gambar yang dapat dibaca Loket. Pilih berkas PNG atau JPEG.</translation>
    </message>
    <message>
        <source>New logo chosen: press Save to keep it.</source>
        <translation>Logo baru dipilih: tekan Simpan untuk menyimpannya.</translation>
    </message>
    <message>
        <source>Office profile saved.</source>
        <translation>Profil kantor disimpan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::OpenSessionDialog</name>
    <message>
        <source>Open a suggestion box</source>
        <translation>Buka kotak saran</translation>
    </message>
    <message>
        <source>last opened %1</source>
        <translation>terakhir dibuka %1</translation>
    </message>
    <message>
        <source>never opened</source>
        <translation>belum pernah dibuka</translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Kotak</translation>
    </message>
    <message>
        <source>at</source>
        <translation>pukul</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>&amp;Dibuka pada</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <source>The month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Since the last opening</source>
        <translation>Sejak pembukaan terakhir</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>What was seen (required when the seal is broken)</source>
        <translation>Apa yang terlihat (wajib bila segel rusak)</translation>
    </message>
    <message>
        <source>&amp;Seal found</source>
        <translation>&amp;Segel ditemukan</translation>
    </message>
    <message>
        <source>Open the box</source>
        <translation>Buka kotak</translation>
    </message>
    <message>
        <source>There is no suggestion box yet: add one under &quot;Suggestion boxes&quot; first.</source>
        <translation>Belum ada kotak saran: tambahkan dulu di &quot;Kotak saran&quot;.</translation>
    </message>
</context>
<context>
    <name>loket::ui::PrinterSettingsTab</name>
    <message>
        <source>The printer of queue tickets at the kiosk and the counters. When it is off or missing, tickets are still issued and shown on screen.</source>
        <translation>Printer nomor antrian di anjungan dan loket. Jika printer mati atau tidak ada, nomor antrian tetap diterbitkan dan ditampilkan di layar.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Most USB thermal printers appear as /dev/usb/lp0. The kiosk&apos;s user must be in the &quot;lp&quot; group.</source>
        <translation>Sebagian besar printer termal USB muncul sebagai /dev/usb/lp0. Pengguna anjungan harus berada dalam grup &quot;lp&quot;.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>The printer&apos;s IP address, with the port if it is not 9100. Give the printer a fixed address.</source>
        <translation>Alamat IP printer, beserta port jika bukan 9100. Berikan alamat tetap untuk printer.</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>Printer bawaan</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>Printer sistem</translation>
    </message>
    <message>
        <source>A printer installed in the operating system, with a page as wide as the roll.</source>
        <translation>Printer yang terpasang di sistem operasi, dengan lebar halaman selebar gulungan kertas.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Each ticket becomes a PDF file there, e.g. tiket-2026-11-23-A-001.pdf.</source>
        <translation>Setiap nomor antrian menjadi berkas PDF di sana, mis. tiket-2026-11-23-A-001.pdf.</translation>
    </message>
    <message>
        <source>Tickets are shown on screen only; the kiosk asks citizens to note their number.</source>
        <translation>Nomor antrian hanya ditampilkan di layar; anjungan meminta warga mencatat nomornya.</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Lebar kertas</translation>
    </message>
    <message>
        <source>Printed by the printer (most ESC/POS printers)</source>
        <translation>Dicetak oleh printer (sebagian besar printer ESC/POS)</translation>
    </message>
    <message>
        <source>Sent as an image (printers without QR support)</source>
        <translation>Dikirim sebagai gambar (printer tanpa dukungan QR)</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Tanpa kode QR</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Kode QR</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Print a test ticket</source>
        <translation>Cetak nomor antrian uji</translation>
    </message>
    <message>
        <source>Folder for PDF tickets</source>
        <translation>Folder untuk nomor antrian PDF</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (tidak terpasang)</translation>
    </message>
    <message>
        <source>Saved. The kiosk uses this printer from its next ticket.</source>
        <translation>Tersimpan. Anjungan memakai printer ini mulai nomor antrian berikutnya.</translation>
    </message>
    <message>
        <source>Test ticket</source>
        <translation>Nomor antrian uji</translation>
    </message>
    <message>
        <source>The paper is cut cleanly</source>
        <translation>Kertas terpotong dengan rapi</translation>
    </message>
    <message>
        <source>The QR code below can be scanned</source>
        <translation>Kode QR di bawah dapat dipindai</translation>
    </message>
    <message>
        <source>If you can read this, tickets will print.</source>
        <translation>Jika tulisan ini terbaca, nomor antrian dapat dicetak.</translation>
    </message>
    <message>
        <source>The test ticket was sent to the printer.</source>
        <translation>Nomor antrian uji telah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation>Mencetak nomor antrian uji…</translation>
    </message>
    <message>
        <source>QR code link</source>
        <translation>Tautan kode QR</translation>
    </message>
    <message>
        <source>The page a citizen&apos;s phone opens from the ticket: your status page or survey. {nomor} becomes the ticket number, {tanggal} the day (2026-12-02), {layanan} the service code. Empty: tickets have no QR code.</source>
        <translation>Halaman yang dibuka ponsel warga dari tiket: halaman status atau survei kantor Anda. {nomor} diganti nomor antrian, {tanggal} tanggalnya (2026-12-02), {layanan} kode layanan. Kosong: tiket tanpa kode QR.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Kiosk opens early</source>
        <translation>Anjungan buka lebih awal</translation>
    </message>
    <message>
        <source>The kiosk issues tickets from opening time (Calendar tab) minus these minutes until closing, and says when it opens again outside those hours.</source>
        <translation>Anjungan menerbitkan nomor antrian sejak jam buka (tab Kalender) dikurangi menit ini sampai jam tutup, dan di luar jam itu memberi tahu kapan buka kembali.</translation>
    </message>
    <message>
        <source>Last printer problem</source>
        <translation>Masalah printer terakhir</translation>
    </message>
    <message>
        <source>None: the last ticket printed.</source>
        <translation>Tidak ada: tiket terakhir tercetak.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::PublicationDialog</name>
    <message>
        <source>Add publication</source>
        <translation>Tambah publikasi</translation>
    </message>
    <message>
        <source>Where %1 was published. Evaluators give full marks for four or more media plus SIPPN.</source>
        <translation>Tempat %1 dipublikasikan. Evaluator memberi nilai penuh untuk empat media atau lebih ditambah SIPPN.</translation>
    </message>
    <message>
        <source>Papan pengumuman, website, …</source>
        <translation>Papan pengumuman, website, …</translation>
    </message>
    <message>
        <source>A link, or where it hangs</source>
        <translation>Tautan, atau tempat dipasang</translation>
    </message>
    <message>
        <source>On SIPPN (the national public-service information system)</source>
        <translation>Di SIPPN (Sistem Informasi Pelayanan Publik Nasional)</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation>Tautan atau tempat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReasonDialog</name>
    <message>
        <source>Type or choose a reason</source>
        <translation>Ketik atau pilih alasan</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>loket::ui::RecordsPanel</name>
    <message>
        <source>Public consultations (Forum Konsultasi Publik) that discussed this standard.</source>
        <translation>Konsultasi publik (Forum Konsultasi Publik) yang membahas standar pelayanan ini.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Groups of society</source>
        <translation>Kelompok masyarakat</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>Where this standard was published. Full marks: four or more media plus SIPPN, dated after the decree of the version in force.</source>
        <translation>Tempat standar pelayanan ini dipublikasikan. Nilai penuh: empat media atau lebih ditambah SIPPN, bertanggal setelah SK versi yang berlaku.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation>Tautan atau tempat</translation>
    </message>
    <message>
        <source>SIPPN</source>
        <translation>SIPPN</translation>
    </message>
    <message>
        <source>Reviews of this standard. Evaluators expect one every year.</source>
        <translation>Peninjauan standar pelayanan ini. Evaluator mengharapkan peninjauan setiap tahun.</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Ditinjau oleh</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Record consultation…</source>
        <translation>Catat konsultasi…</translation>
    </message>
    <message>
        <source>Add publication…</source>
        <translation>Tambah publikasi…</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Catat peninjauan…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Save minutes as…</source>
        <translation>Simpan berita acara sebagai…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>the standard for %1</source>
        <translation>standar pelayanan %1</translation>
    </message>
    <message>
        <source>the consultation of %1</source>
        <translation>konsultasi tanggal %1</translation>
    </message>
    <message>
        <source>the publication on %1</source>
        <translation>publikasi di %1</translation>
    </message>
    <message>
        <source>the review of %1</source>
        <translation>peninjauan tanggal %1</translation>
    </message>
    <message>
        <source>A consultation is one record for all the services it discussed: it is removed from each of them.</source>
        <translation>Satu konsultasi dicatat sekali untuk semua layanan yang dibahasnya: catatan ini dihapus dari setiap layanan tersebut.</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>Hapus catatan</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Hapus %1?</translation>
    </message>
    <message>
        <source>No minutes were attached to this consultation.</source>
        <translation>Tidak ada berita acara yang dilampirkan pada konsultasi ini.</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Simpan berita acara</translation>
    </message>
    <message>
        <source>The minutes could not be saved to %1: %2</source>
        <translation>Berita acara tidak dapat disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportMenu</name>
    <message>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Save as Excel workbook (XLSX)…</source>
        <translation>Simpan sebagai buku kerja Excel (XLSX)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The report is still being made; a moment please.</source>
        <translation>Laporan masih dibuat; mohon tunggu sebentar.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation>Catat peninjauan</translation>
    </message>
    <message>
        <source>A review of the standard for %1. Evaluators expect every standard to be reviewed every year; the next review falls due a year after this one.</source>
        <translation>Peninjauan standar pelayanan %1. Evaluator mengharapkan setiap standar pelayanan ditinjau setiap tahun; peninjauan berikutnya jatuh tempo setahun setelah peninjauan ini.</translation>
    </message>
    <message>
        <source>A person or a team, e.g. Tim Evaluasi Standar Pelayanan</source>
        <translation>Perorangan atau tim, mis. Tim Evaluasi Standar Pelayanan</translation>
    </message>
    <message>
        <source>What was found, and what is to change</source>
        <translation>Temuan, dan hal yang perlu diubah</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Ditinjau oleh</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
</context>
<context>
    <name>loket::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Adds a line after the selected one (Ctrl+N)</source>
        <translation>Menambah baris setelah baris yang dipilih (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Panah Atas</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Panah Bawah</translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceDialog</name>
    <message>
        <source>Edit service %1</source>
        <translation>Ubah layanan %1</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Layanan baru</translation>
    </message>
    <message>
        <source>e.g. KTP</source>
        <translation>mis. KTP</translation>
    </message>
    <message>
        <source>e.g. Perekaman KTP-el</source>
        <translation>mis. Perekaman KTP-el</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(tanpa unit kerja)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Offered (shown on the kiosk)</source>
        <translation>Tersedia (ditampilkan di anjungan)</translation>
    </message>
    <message>
        <source>Code *</source>
        <translation>Kode *</translation>
    </message>
    <message>
        <source>Ticket letter *</source>
        <translation>Huruf nomor antrian *</translation>
    </message>
    <message>
        <source>Tickets of this service are numbered %1-001, %1-002, …</source>
        <translation>Nomor antrian layanan ini berurutan %1-001, %1-002, …</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Service-time target</source>
        <translation>Target waktu layanan</translation>
    </message>
    <message>
        <source>Order on the kiosk</source>
        <translation>Urutan di anjungan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceLoadModel</name>
    <message>
        <source>No open counter serves %1: its tickets are not being called.</source>
        <translation>Tidak ada loket buka yang melayani %1: nomor antriannya tidak dipanggil.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Tunggu terlama</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Loket buka</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceStrip</name>
    <message>
        <source>Waiting now, per service</source>
        <translation>Sedang menunggu, per layanan</translation>
    </message>
</context>
<context>
    <name>loket::ui::ServicesTab</name>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>Tambah layanan…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Huruf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>Tambah unit kerja…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>Nonaktifkan / aktifkan</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>Service %1 saved.</source>
        <translation>Layanan %1 disimpan.</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Unit kerja baru</translation>
    </message>
    <message>
        <source>Name of the unit:</source>
        <translation>Nama unit kerja:</translation>
    </message>
    <message>
        <source>Unit %1 added.</source>
        <translation>Unit kerja %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>Ganti nama unit kerja</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>Unit renamed.</source>
        <translation>Nama unit kerja diganti.</translation>
    </message>
    <message>
        <source>Unit %1 deactivated.</source>
        <translation>Unit kerja %1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>Unit %1 activated.</source>
        <translation>Unit kerja %1 diaktifkan.</translation>
    </message>
    <message>
        <source>Target from</source>
        <translation>Sumber target</translation>
    </message>
</context>
<context>
    <name>loket::ui::SessionView</name>
    <message>
        <source>Sign the minutes…</source>
        <translation>Tandatangani berita acara…</translation>
    </message>
    <message>
        <source>Print the minutes…</source>
        <translation>Cetak berita acara…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Carried out…</source>
        <translation>Sudah dilaksanakan…</translation>
    </message>
    <message>
        <source>Record that the decision on the selected slip (answered, forwarded to SP4N-LAPOR!, not our authority) was carried out.</source>
        <translation>Catat bahwa keputusan atas lembar yang dipilih (dijawab, diteruskan ke SP4N-LAPOR!, bukan kewenangan) sudah dilaksanakan.</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Sebagai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Peran dalam tim</translation>
    </message>
    <message>
        <source>NIP (empty: member of the public)</source>
        <translation>NIP (kosong: unsur masyarakat)</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Team and witnesses</source>
        <translation>Tim dan saksi</translation>
    </message>
    <message>
        <source>Pick an opening in the list, or open a suggestion box.</source>
        <translation>Pilih pembukaan di daftar, atau buka kotak saran.</translation>
    </message>
    <message>
        <source>Slips (%1)</source>
        <translation>Lembar (%1)</translation>
    </message>
    <message>
        <source>Team and witnesses (%1)</source>
        <translation>Tim dan saksi (%1)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b04a00&apos;&gt;Draft&lt;/b&gt; · the minutes get their number when signed</source>
        <translation>&lt;b style=&apos;color:#b04a00&apos;&gt;Draf&lt;/b&gt; · nomor berita acara diberikan saat ditandatangani</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Segel</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Unsur masyarakat</translation>
    </message>
    <message numerus="yes">
        <source>%n not decided</source>
        <translation>
            <numerusform>%n belum diputuskan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n slip(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n lembar&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed on %1: the minutes are read-only.</source>
        <translation>Ditandatangani pada %1: berita acara hanya dapat dibaca.</translation>
    </message>
    <message>
        <source>Ready to be signed</source>
        <translation>Siap ditandatangani</translation>
    </message>
    <message>
        <source>Cannot be signed yet:</source>
        <translation>Belum dapat ditandatangani:</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 ditambahkan sebagai %2.</translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation>%1 dihapus dari daftar.</translation>
    </message>
    <message numerus="yes">
        <source>Sign the minutes of %1 opened on %2?

• The minutes get their number.
• %n slip(s) decided &quot;to the follow-up team&quot; become complaints on the follow-up team&apos;s list, received on the day of the opening (their deadlines start then).
• Nothing in this opening can be changed afterwards: the team, the witnesses and the slips are final.</source>
        <translation>
            <numerusform>Tandatangani berita acara %1 yang dibuka pada %2?

• Berita acara mendapat nomornya.
• %n lembar yang diputuskan &quot;diteruskan ke tim tindak lanjut&quot; menjadi pengaduan di daftar tim tindak lanjut, diterima pada hari pembukaan (tenggat waktunya mulai dihitung saat itu).
• Setelah itu tidak ada yang dapat diubah pada pembukaan ini: tim, saksi, dan lembar sudah final.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Tandatangani berita acara</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tandatangani</translation>
    </message>
    <message numerus="yes">
        <source>The minutes are signed as %1; %n complaint(s) created for the follow-up team.</source>
        <translation>
            <numerusform>Berita acara ditandatangani dengan nomor %1; %n pengaduan dibuat untuk tim tindak lanjut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes %1</source>
        <translation>Berita acara %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draf)</translation>
    </message>
    <message>
        <source>The minutes could not be printed.</source>
        <translation>Berita acara tidak dapat dicetak.</translation>
    </message>
    <message>
        <source>draft-minutes</source>
        <translation>draf-berita-acara</translation>
    </message>
    <message>
        <source>Save the minutes as PDF</source>
        <translation>Simpan berita acara sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Sudah dilaksanakan</translation>
    </message>
    <message>
        <source>What was done for slip %1?</source>
        <translation>Apa yang telah dilakukan untuk lembar %1?</translation>
    </message>
    <message>
        <source>Answered on the announcement board</source>
        <translation>Dijawab di papan pengumuman</translation>
    </message>
    <message>
        <source>Answered by letter</source>
        <translation>Dijawab dengan surat</translation>
    </message>
    <message>
        <source>Forwarded through SP4N-LAPOR!</source>
        <translation>Diteruskan melalui SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Passed on to the agency in charge</source>
        <translation>Diteruskan ke instansi yang berwenang</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>Slip %1 is marked done.</source>
        <translation>Lembar %1 ditandai selesai.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1e7a34&apos;&gt;Signed&lt;/b&gt; · minutes &lt;b&gt;&lt;nobr&gt;%1&lt;/nobr&gt;&lt;/b&gt; · signed by %2</source>
        <translation>&lt;b style=&apos;color:#1e7a34&apos;&gt;Ditandatangani&lt;/b&gt; · berita acara &lt;b&gt;&lt;nobr&gt;%1&lt;/nobr&gt;&lt;/b&gt; · oleh %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
</context>
<context>
    <name>loket::ui::SlipEntry</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>What the slip says… (Enter saves and starts the next slip)</source>
        <translation>Isi lembar… (Enter menyimpan dan memulai lembar berikutnya)</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Decide later: the minutes cannot be signed until every slip is decided.</source>
        <translation>Putuskan nanti: berita acara tidak dapat ditandatangani sebelum setiap lembar diputuskan.</translation>
    </message>
    <message>
        <source>No element</source>
        <translation>Tanpa unsur</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Layanan</translation>
    </message>
    <message>
        <source>E&amp;lement</source>
        <translation>&amp;Unsur</translation>
    </message>
    <message>
        <source>&amp;In charge</source>
        <translation>Pena&amp;nggung jawab</translation>
    </message>
    <message>
        <source>Save slip (Enter)</source>
        <translation>Simpan lembar (Enter)</translation>
    </message>
    <message>
        <source>Cancel the change (Esc)</source>
        <translation>Batalkan perubahan (Esc)</translation>
    </message>
    <message>
        <source>Enter or double-click a row to change it, Delete to remove it.</source>
        <translation>Enter atau klik dua kali pada baris untuk mengubahnya, Delete untuk menghapusnya.</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Tanpa layanan</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <source>Slip %1 (changing)</source>
        <translation>Lembar %1 (diubah)</translation>
    </message>
    <message>
        <source>Slip %1</source>
        <translation>Lembar %1</translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;: pick one from the list.</source>
        <translation>Tidak ada layanan bernama &quot;%1&quot;: pilih dari daftar.</translation>
    </message>
    <message>
        <source>There is nobody named &quot;%1&quot;: pick a person from the list.</source>
        <translation>Tidak ada orang bernama &quot;%1&quot;: pilih dari daftar.</translation>
    </message>
    <message>
        <source>Slip %1 changed.</source>
        <translation>Lembar %1 diubah.</translation>
    </message>
    <message>
        <source>Slip %1 saved.</source>
        <translation>Lembar %1 disimpan.</translation>
    </message>
    <message>
        <source>Remove slip %1 (&quot;%2&quot;)? The slips after it move up a number.</source>
        <translation>Hapus lembar %1 (&quot;%2&quot;)? Nomor lembar sesudahnya naik satu.</translation>
    </message>
    <message>
        <source>Remove the slip</source>
        <translation>Hapus lembar</translation>
    </message>
    <message>
        <source>Slip %1 removed.</source>
        <translation>Lembar %1 dihapus.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Apresiasi</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>Follow-up team</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsip</translation>
    </message>
    <message>
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Not our authority</source>
        <translation>Bukan kewenangan</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Service · element</source>
        <translation>Layanan · unsur</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>s.d. %1</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Penanggung jawab</translation>
    </message>
</context>
<context>
    <name>loket::ui::SpeechProcess</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>tidak ada jawaban dalam %1 detik</translation>
    </message>
    <message>
        <source>the sentence did not finish within %1 s</source>
        <translation>kalimat tidak selesai dalam %1 detik</translation>
    </message>
    <message>
        <source>the speech program crashed</source>
        <translation>program suara mogok</translation>
    </message>
    <message>
        <source>the speech program found no usable voice</source>
        <translation>program suara tidak menemukan suara yang dapat dipakai</translation>
    </message>
    <message>
        <source>the speech program ended (exit code %1)</source>
        <translation>program suara berakhir (kode keluar %1)</translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardEditor</name>
    <message>
        <source>Discard draft…</source>
        <translation>Buang draf…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Set by decree…</source>
        <translation>Tetapkan dengan SK…</translation>
    </message>
    <message>
        <source>Standard for %1 (%2)</source>
        <translation>Standar pelayanan %1 (%2)</translation>
    </message>
    <message>
        <source>Draft of version %1, started from version %2.</source>
        <translation>Draf versi %1, berasal dari versi %2.</translation>
    </message>
    <message>
        <source>Draft of version %1.</source>
        <translation>Draf versi %1.</translation>
    </message>
    <message>
        <source>New version %1, starting as a copy of version %2. Saving makes it the draft; version %2 stays in force until the new one is set.</source>
        <translation>Versi baru %1, dimulai sebagai salinan versi %2. Menyimpannya menjadikannya draf; versi %2 tetap berlaku sampai versi baru ditetapkan.</translation>
    </message>
    <message>
        <source>First standard for this service. Save it as a draft at any time; set it by decree once all 14 components are filled in.</source>
        <translation>Standar pelayanan pertama untuk layanan ini. Simpan sebagai draf kapan saja; tetapkan dengan SK setelah ke-14 komponen terisi.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ada perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;All 14 components are filled in.&lt;/b&gt; The standard can be set by decree.</source>
        <translation>&lt;b&gt;Ke-14 komponen sudah terisi.&lt;/b&gt; Standar pelayanan dapat ditetapkan dengan SK.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, baris %2</translation>
    </message>
    <message>
        <source>The draft was not saved. Correct these entries first:</source>
        <translation>Draf tidak disimpan. Perbaiki isian berikut terlebih dahulu:</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Draf disimpan pukul %1.</translation>
    </message>
    <message>
        <source>Version %1 is set by decree %2.</source>
        <translation>Versi %1 ditetapkan dengan SK %2.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Discard the draft of version %1? The version in force stays as it is.</source>
        <translation>Buang draf versi %1? Versi yang berlaku tetap seperti semula.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to the draft before closing?</source>
        <translation>Simpan perubahan pada draf sebelum menutup?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of 14 components filled in.&lt;/b&gt; The empty ones are marked ○ in the list; all 14 are needed to set the standard by decree.</source>
        <translation>&lt;b&gt;%1 dari 14 komponen terisi.&lt;/b&gt; Komponen yang masih kosong ditandai ○ di daftar; ke-14 komponen diperlukan untuk menetapkan standar pelayanan dengan SK.</translation>
    </message>
    <message>
        <source>The draft is saved, but it cannot be set by decree yet. Still empty (⚠ in the list): %1.</source>
        <translation>Draf sudah disimpan, tetapi belum dapat ditetapkan dengan SK. Masih kosong (⚠ di daftar): %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardPanel</name>
    <message>
        <source>← Register</source>
        <translation>← Daftar standar</translation>
    </message>
    <message>
        <source>Back to the register (Esc)</source>
        <translation>Kembali ke daftar standar pelayanan (Esc)</translation>
    </message>
    <message>
        <source>Edit standard…</source>
        <translation>Ubah standar…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print the standard (A4)…</source>
        <translation>Cetak standar pelayanan (A4)…</translation>
    </message>
    <message>
        <source>Print the counter poster…</source>
        <translation>Cetak poster loket…</translation>
    </message>
    <message>
        <source>Save the standard as PDF…</source>
        <translation>Simpan standar pelayanan sebagai PDF…</translation>
    </message>
    <message>
        <source>Save the poster as PDF…</source>
        <translation>Simpan poster sebagai PDF…</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publikasi</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Peninjauan</translation>
    </message>
    <message>
        <source>Standard for %1</source>
        <translation>Standar pelayanan %1</translation>
    </message>
    <message>
        <source>Poster for %1</source>
        <translation>Poster %1</translation>
    </message>
    <message>
        <source>This service has no standard yet. Choose &quot;Edit standard…&quot; to write one.</source>
        <translation>Layanan ini belum memiliki standar pelayanan. Pilih &quot;Ubah standar…&quot; untuk menyusunnya.</translation>
    </message>
    <message>
        <source>This service has no standard yet.</source>
        <translation>Layanan ini belum memiliki standar pelayanan.</translation>
    </message>
    <message>
        <source>No standard yet</source>
        <translation>Belum ada standar</translation>
    </message>
    <message>
        <source>Continue draft…</source>
        <translation>Lanjutkan draf…</translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardRegisterModel</name>
    <message>
        <source>A draft (version %1) is being prepared.</source>
        <translation>Draf (versi %1) sedang disusun.</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (tidak tersedia)</translation>
    </message>
    <message>
        <source>In force, draft open</source>
        <translation>Berlaku, ada draf</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <source>No standard</source>
        <translation>Belum ada standar</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Terlambat sejak %1</translation>
    </message>
    <message>
        <source>%1/14</source>
        <translation>%1/14</translation>
    </message>
    <message>
        <source>What evaluators check, in order: all 14 components, set by decree, public consultation held, published on 4+ media and SIPPN, reviewed within the review period.</source>
        <translation>Yang diperiksa evaluator, berurutan: ke-14 komponen lengkap, ditetapkan dengan SK, konsultasi publik dilaksanakan, dipublikasikan di 4+ media dan SIPPN, ditinjau dalam periode peninjauan.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>SK</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Peninjauan berikutnya</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Kepatuhan</translation>
    </message>
    <message>
        <source>Not offered: not assessed.</source>
        <translation>Tidak tersedia: tidak dinilai.</translation>
    </message>
    <message>
        <source>%1 Components %2/14</source>
        <translation>%1 Komponen %2/14</translation>
    </message>
    <message>
        <source>%1 Set by decree %2</source>
        <translation>%1 Ditetapkan dengan SK %2</translation>
    </message>
    <message>
        <source>%1 Not set by decree</source>
        <translation>%1 Belum ditetapkan dengan SK</translation>
    </message>
    <message>
        <source>%1 No public consultation</source>
        <translation>%1 Belum ada konsultasi publik</translation>
    </message>
    <message>
        <source>%1 Reviewed %2</source>
        <translation>%1 Ditinjau %2</translation>
    </message>
    <message>
        <source>%1 Not reviewed in the period</source>
        <translation>%1 Belum ditinjau dalam periode ini</translation>
    </message>
    <message>
        <source>%1 Consulted (groups of society heard: %2)</source>
        <translation>%1 Dikonsultasikan (kelompok masyarakat yang didengar: %2)</translation>
    </message>
    <message>
        <source>%1 Published (media: %2 of %3, SIPPN: %4)</source>
        <translation>%1 Dipublikasikan (media: %2 dari %3, SIPPN: %4)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardViewer</name>
    <message>
        <source>Draft: not in force. The public sees the version set by decree.</source>
        <translation>Draf: belum berlaku. Masyarakat melihat versi yang ditetapkan dengan SK.</translation>
    </message>
    <message>
        <source>Not yet in force: comes into force on %1.</source>
        <translation>Belum berlaku: mulai berlaku pada %1.</translation>
    </message>
    <message>
        <source>Superseded: this version was in force until %1.</source>
        <translation>Sudah diganti: versi ini berlaku sampai %1.</translation>
    </message>
    <message>
        <source>Published at the counter</source>
        <translation>Dipublikasikan di loket</translation>
    </message>
    <message>
        <source>Internal management</source>
        <translation>Pengelolaan internal</translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardsPage</name>
    <message>
        <source>Service standards</source>
        <translation>Standar pelayanan</translation>
    </message>
    <message>
        <source>The Standar Pelayanan of every service (UU 25/2009, PermenPANRB 15/2014): the version in force, its decree, when it is due for review, and the five marks evaluators look for.</source>
        <translation>Standar Pelayanan setiap layanan (UU 25/2009, PermenPANRB 15/2014): versi yang berlaku, SK-nya, jadwal peninjauannya, dan lima penilaian yang diperiksa evaluator.</translation>
    </message>
    <message>
        <source>Standards whose yearly review is due within 30 days or overdue</source>
        <translation>Standar pelayanan yang peninjauan tahunannya jatuh tempo dalam 30 hari atau sudah terlambat</translation>
    </message>
    <message>
        <source>Services without a standard in force, or with empty components</source>
        <translation>Layanan tanpa standar pelayanan yang berlaku, atau dengan komponen yang masih kosong</translation>
    </message>
    <message>
        <source>Maklumat Pelayanan…</source>
        <translation>Maklumat Pelayanan…</translation>
    </message>
    <message>
        <source>Open standard</source>
        <translation>Buka standar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Edit standard…</source>
        <translation>Ubah standar…</translation>
    </message>
    <message>
        <source>All services (%1)</source>
        <translation>Semua layanan (%1)</translation>
    </message>
    <message>
        <source>Review due (%1)</source>
        <translation>Jatuh tempo peninjauan (%1)</translation>
    </message>
    <message>
        <source>Incomplete (%1)</source>
        <translation>Belum lengkap (%1)</translation>
    </message>
    <message>
        <source>No service matches this filter.</source>
        <translation>Tidak ada layanan yang sesuai dengan penyaring ini.</translation>
    </message>
    <message>
        <source>Continue draft…</source>
        <translation>Lanjutkan draf…</translation>
    </message>
</context>
<context>
    <name>loket::ui::SuggestionReminderBar</name>
    <message>
        <source>%1 has not been opened in %2.</source>
        <translation>%1 belum dibuka bulan %2.</translation>
    </message>
    <message>
        <source>%1 have not been opened in %2.</source>
        <translation>%1 belum dibuka bulan %2.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Buka sekarang</translation>
    </message>
</context>
<context>
    <name>loket::ui::SuggestionReviewPage</name>
    <message>
        <source>Suggestion box review</source>
        <translation>Tinjauan kotak saran</translation>
    </message>
    <message>
        <source>The 12 months up to the month chosen, and every decision not yet carried out.</source>
        <translation>12 bulan sampai dengan bulan yang dipilih, dan setiap keputusan yang belum dilaksanakan.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Read the review again (F5)</source>
        <translation>Baca ulang tinjauan (F5)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Services and survey elements that slips named in two or more of the 12 months</source>
        <translation>Layanan dan unsur survei yang disebut lembar saran pada dua bulan atau lebih dari 12 bulan itu</translation>
    </message>
    <message>
        <source>Decisions not yet carried out</source>
        <translation>Keputusan yang belum dilaksanakan</translation>
    </message>
    <message>
        <source>Recurring themes</source>
        <translation>Tema berulang</translation>
    </message>
    <message>
        <source>Decisions not yet carried out (%1)</source>
        <translation>Keputusan yang belum dilaksanakan (%1)</translation>
    </message>
    <message>
        <source>Recurring themes (%1)</source>
        <translation>Tema berulang (%1)</translation>
    </message>
    <message>
        <source>Slips in %1</source>
        <translation>Lembar bulan %1</translation>
    </message>
    <message>
        <source>Decisions carried out</source>
        <translation>Keputusan dilaksanakan</translation>
    </message>
    <message>
        <source>Past their target date</source>
        <translation>Lewat tanggal target</translation>
    </message>
    <message>
        <source>Boxes not opened</source>
        <translation>Kotak belum dibuka</translation>
    </message>
    <message>
        <source>openings of a box this month: %1</source>
        <translation>pembukaan kotak bulan ini: %1</translation>
    </message>
    <message>
        <source>%1 of %2 decisions in the 12 months</source>
        <translation>%1 dari %2 keputusan dalam 12 bulan</translation>
    </message>
    <message>
        <source>not done by their target (12 months)</source>
        <translation>belum selesai pada targetnya (12 bulan)</translation>
    </message>
    <message>
        <source>in %1 every active box was opened</source>
        <translation>bulan %1 semua kotak aktif sudah dibuka</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>bulan %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 months, %3 slips</source>
        <translation>%1 — %2 bulan, %3 lembar</translation>
    </message>
    <message>
        <source>No service or element came back in two or more months.</source>
        <translation>Tidak ada layanan atau unsur yang muncul lagi pada dua bulan atau lebih.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Every decision has been carried out.</source>
        <translation>Semua keputusan sudah dilaksanakan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SuggestionSettingsTab</name>
    <message>
        <source>Every box is opened once a month in front of two witnesses. From the day set here, the supervisor sees a reminder of each box not opened yet that month.</source>
        <translation>Setiap kotak dibuka sebulan sekali di hadapan dua saksi. Mulai tanggal yang diatur di sini, penyelia melihat pengingat untuk setiap kotak yang belum dibuka bulan itu.</translation>
    </message>
    <message>
        <source>Day 1 to 28 of the month</source>
        <translation>Tanggal 1 sampai 28 setiap bulan</translation>
    </message>
    <message>
        <source>&amp;Remind from day:</source>
        <translation>&amp;Ingatkan mulai tanggal:</translation>
    </message>
    <message>
        <source>{YYYY} the year, {MM} the month, {NN} or {NNN} the opening&apos;s sequence in the month</source>
        <translation>{YYYY} tahun, {MM} bulan, {NN} atau {NNN} urutan pembukaan dalam bulan itu</translation>
    </message>
    <message>
        <source>Minutes &amp;number:</source>
        <translation>&amp;Nomor berita acara:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The first minutes of this month: %1</source>
        <translation>Berita acara pertama bulan ini: %1</translation>
    </message>
    <message>
        <source>The pattern needs the year {YYYY} and one sequence {NN} or {NNN}, for example BA/KS/{YYYY}/{MM}/{NN}.</source>
        <translation>Pola memerlukan tahun {YYYY} dan satu nomor urut {NN} atau {NNN}, misalnya BA/KS/{YYYY}/{MM}/{NN}.</translation>
    </message>
    <message>
        <source>Saved: the reminder starts on day %1 of the month.</source>
        <translation>Tersimpan: pengingat mulai tanggal %1 setiap bulan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SuggestionsPage</name>
    <message>
        <source>Suggestion boxes</source>
        <translation>Kotak saran</translation>
    </message>
    <message>
        <source>Suggestion boxes…</source>
        <translation>Kotak saran…</translation>
    </message>
    <message>
        <source>Open a suggestion box…</source>
        <translation>Buka kotak saran…</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Semua bulan</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Discard the draft…</source>
        <translation>Batalkan draf…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n pembukaan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is opened. Record the team and the witnesses, then type the slips.</source>
        <translation>%1 dibuka. Catat tim dan saksi, lalu ketik lembar-lembarnya.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Batalkan draf</translation>
    </message>
    <message numerus="yes">
        <source>Discard the opening of %1 on %2 with its %n slip(s)? Say why.</source>
        <translation>
            <numerusform>Batalkan pembukaan %1 pada %2 beserta %n lembarnya? Sebutkan alasannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened by mistake</source>
        <translation>Dibuka karena keliru</translation>
    </message>
    <message>
        <source>Wrong box</source>
        <translation>Kotak salah</translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation>Tercatat dua kali</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>The draft opening of %1 is discarded.</source>
        <translation>Draf pembukaan %1 dibatalkan.</translation>
    </message>
    <message>
        <source>Slips</source>
        <comment>a column: how many slips</comment>
        <translation>Jml</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyCommentsPanel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>To the follow-up plan…</source>
        <translation>Masukkan ke rencana tindak lanjut…</translation>
    </message>
    <message>
        <source>The comment asks for an improvement: plan it as a follow-up item</source>
        <translation>Komentar meminta perbaikan: rencanakan sebagai kegiatan tindak lanjut</translation>
    </message>
    <message>
        <source>Make it a complaint</source>
        <translation>Jadikan pengaduan</translation>
    </message>
    <message>
        <source>The comment is a complaint: log it for the follow-up team (anonymous, received when the response was given)</source>
        <translation>Komentar ini pengaduan: catat untuk tim tindak lanjut (anonim, diterima saat jawaban diberikan)</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Tidak perlu tindakan</translation>
    </message>
    <message>
        <source>An appreciation or a remark that needs no action</source>
        <translation>Apresiasi atau catatan yang tidak memerlukan tindakan</translation>
    </message>
    <message>
        <source>Log this comment as an anonymous complaint for the follow-up team? It is received on the day the response was given, so its deadline counts from then.</source>
        <translation>Catat komentar ini sebagai pengaduan anonim untuk tim tindak lanjut? Pengaduan diterima pada hari jawaban diberikan, sehingga tenggat waktunya dihitung sejak hari itu.</translation>
    </message>
    <message>
        <source>No respondent wrote a comment in %1.</source>
        <translation>Tidak ada responden yang menulis komentar pada %1.</translation>
    </message>
    <message>
        <source>%1 comment(s) in %2, %3 not decided yet.</source>
        <translation>%1 komentar pada %2, %3 belum diputuskan.</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Pengaduan %1</translation>
    </message>
    <message>
        <source>The comment is in the follow-up plan.</source>
        <translation>Komentar sudah masuk rencana tindak lanjut.</translation>
    </message>
    <message>
        <source>Choose a comment first.</source>
        <translation>Pilih komentar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Complaint %1 is on the follow-up team&apos;s list.</source>
        <translation>Pengaduan %1 sudah ada di daftar tim tindak lanjut.</translation>
    </message>
    <message>
        <source>Marked: nothing to do.</source>
        <translation>Ditandai: tidak perlu tindakan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyEntryPage</name>
    <message>
        <source>Survey forms on paper</source>
        <translation>Formulir survei kertas</translation>
    </message>
    <message>
        <source>Type a stack of forms: the nine answers as printed, the profile, Enter. A saved response cannot be changed.</source>
        <translation>Ketik setumpuk formulir: sembilan jawaban sesuai urutan cetakan, profil, Enter. Jawaban yang sudah disimpan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Layanan:</translation>
    </message>
    <message>
        <source>&amp;Date on the forms:</source>
        <translation>&amp;Tanggal pada formulir:</translation>
    </message>
    <message>
        <source>Answers (1–4; 0 or space: not answered)</source>
        <translation>Jawaban (1–4; 0 atau spasi: tidak dijawab)</translation>
    </message>
    <message>
        <source>Q%1 · %2</source>
        <translation>P%1 · %2</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Gender (L/P)</source>
        <translation>Jenis kelamin (L/P)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>&amp;Comment on the form:</source>
        <translation>&amp;Komentar pada formulir:</translation>
    </message>
    <message>
        <source>As the respondent wrote it (optional); Enter saves the form</source>
        <translation>Sesuai tulisan responden (tidak wajib); Enter menyimpan formulir</translation>
    </message>
    <message>
        <source>Education: %1
Occupation: %2
By number or first letter; 0 or space: not given. Backspace goes back a field, Esc empties the form.</source>
        <translation>Pendidikan: %1
Pekerjaan: %2
Dengan nomor atau huruf pertama; 0 atau spasi: tidak diisi. Backspace mundur satu isian, Esc mengosongkan formulir.</translation>
    </message>
    <message>
        <source>Will be saved as:</source>
        <translation>Akan disimpan sebagai:</translation>
    </message>
    <message>
        <source>Save form (Enter)</source>
        <translation>Simpan formulir (Enter)</translation>
    </message>
    <message>
        <source>Empty the form (Esc)</source>
        <translation>Kosongkan formulir (Esc)</translation>
    </message>
    <message>
        <source>Saved in this sitting: %1</source>
        <translation>Tersimpan pada sesi ini: %1</translation>
    </message>
    <message>
        <source>%1: type 1, 2, 3 or 4; 0 or a space when it was not answered.</source>
        <translation>%1: ketik 1, 2, 3 atau 4; 0 atau spasi bila tidak dijawab.</translation>
    </message>
    <message>
        <source>Gender: type L or P; 0 or a space when it is not given.</source>
        <translation>Jenis kelamin: ketik L atau P; 0 atau spasi bila tidak diisi.</translation>
    </message>
    <message>
        <source>Age: type the years in digits; a space when it is not given.</source>
        <translation>Umur: ketik tahunnya dengan angka; spasi bila tidak diisi.</translation>
    </message>
    <message>
        <source>%1: type the number or the first letter of a choice: %2.</source>
        <translation>%1: ketik nomor atau huruf pertama pilihan: %2.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>tidak dijawab</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>L (male)</source>
        <translation>L (laki-laki)</translation>
    </message>
    <message>
        <source>P (female)</source>
        <translation>P (perempuan)</translation>
    </message>
    <message>
        <source>Gender: %1 · Age: %2 · Education: %3 · Occupation: %4</source>
        <translation>Jenis kelamin: %1 · Umur: %2 · Pendidikan: %3 · Pekerjaan: %4</translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation>Komentar: “%1”</translation>
    </message>
    <message>
        <source>%1, %2, paper form</source>
        <translation>%1, %2, formulir kertas</translation>
    </message>
    <message>
        <source>gender|sex</source>
        <translation>jenis kelamin|kelamin</translation>
    </message>
    <message>
        <source>age</source>
        <translation>umur|usia</translation>
    </message>
    <message>
        <source>education</source>
        <translation>pendidikan</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>pekerjaan</translation>
    </message>
    <message>
        <source>date|future</source>
        <translation>tanggal|masa depan</translation>
    </message>
    <message>
        <source>answer|element</source>
        <translation>jawab|dijawab|unsur</translation>
    </message>
    <message>
        <source>service|ticket</source>
        <translation>layanan|tiket</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentar|saran</translation>
    </message>
    <message>
        <source>+ comment</source>
        <translation>+ komentar</translation>
    </message>
    <message>
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>tanpa profil</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyForumDialog</name>
    <message>
        <source>Public forum — %1</source>
        <translation>Forum konsultasi publik — %1</translation>
    </message>
    <message>
        <source>&amp;Day of the forum:</source>
        <translation>&amp;Tanggal forum:</translation>
    </message>
    <message>
        <source>The forum where the result and its follow-up plan were discussed with the public.</source>
        <translation>Forum tempat hasil survei dan rencana tindak lanjutnya dibahas bersama masyarakat.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyIdlePage</name>
    <message>
        <source>How was our service today?</source>
        <translation>Bagaimana pelayanan kami hari ini?</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Sentuh layar untuk memulai</translation>
    </message>
    <message>
        <source>After you are served, the officer at the counter prepares the survey for you here. Nine short questions; your answers are anonymous.</source>
        <translation>Setelah Anda dilayani, petugas loket menyiapkan survei untuk Anda di layar ini. Sembilan pertanyaan singkat; jawaban Anda tanpa nama.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyPlanDoneDialog</name>
    <message>
        <source>Follow-up item done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <source>What shows it was done: a photo&apos;s place, a letter&apos;s number, a link</source>
        <translation>Bukti pelaksanaan: letak foto, nomor surat, tautan</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Bukti:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Tandai selesai</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyPlanItemDialog</name>
    <message>
        <source>New follow-up item — %1</source>
        <translation>Rencana tindak lanjut baru — %1</translation>
    </message>
    <message>
        <source>Name or position, e.g. Kasi Pelayanan</source>
        <translation>Nama atau jabatan, mis. Kasi Pelayanan</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>&amp;Unsur:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <source>&amp;Person in charge:</source>
        <translation>&amp;Penanggung jawab:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Target waktu:</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Tambahkan ke rencana</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyPlanPanel</name>
    <message>
        <source>Add item…</source>
        <translation>Tambah kegiatan…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <source>Record publication…</source>
        <translation>Catat publikasi…</translation>
    </message>
    <message>
        <source>Public forum…</source>
        <translation>Forum…</translation>
    </message>
    <message>
        <source>The day the public forum discussed the result</source>
        <translation>Tanggal forum konsultasi publik membahas hasil survei</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>In charge</source>
        <comment>short column header</comment>
        <translation>PJ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Proposed (elements graded D without an item)</source>
        <translation>Usulan (unsur bermutu D tanpa rencana)</translation>
    </message>
    <message>
        <source>Plan the proposal…</source>
        <translation>Rencanakan usulan…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Dipublikasikan</translation>
    </message>
    <message>
        <source>No follow-up item for %1 yet.</source>
        <translation>Belum ada rencana tindak lanjut untuk %1.</translation>
    </message>
    <message>
        <source>%1 items, %2 done (%3%)</source>
        <translation>%1 kegiatan, %2 selesai (%3%)</translation>
    </message>
    <message>
        <source>past the target date: %1</source>
        <translation>melewati target: %1</translation>
    </message>
    <message>
        <source>media published on: %1 (evaluators want 4)</source>
        <translation>media publikasi: %1 (penilai meminta 4)</translation>
    </message>
    <message>
        <source>public forum on %1</source>
        <translation>forum konsultasi publik pada %1</translation>
    </message>
    <message>
        <source>no public forum recorded</source>
        <translation>forum konsultasi publik belum dicatat</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · terlambat</translation>
    </message>
    <message>
        <source>(no element)</source>
        <translation>(tanpa unsur)</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No element is graded D.</source>
        <translation>Tidak ada unsur bermutu D.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>Belum dipublikasikan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyProfilePage</name>
    <message>
        <source>The age is 10 to 120 years. Correct it, or erase it to leave it out.</source>
        <translation>Umur 10 sampai 120 tahun. Perbaiki, atau hapus jika tidak ingin mengisinya.</translation>
    </message>
    <message>
        <source>– years</source>
        <translation>– tahun</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>A little about you (you may skip this)</source>
        <translation>Sedikit tentang Anda (boleh dilewati)</translation>
    </message>
    <message>
        <source>Without your name: it only counts who answered. Touch a choice again to take it back.</source>
        <translation>Tanpa nama: hanya untuk menghitung siapa yang menjawab. Sentuh pilihan sekali lagi untuk membatalkannya.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <source>Skip and send</source>
        <translation>Lewati dan kirim</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>Kirim jawaban</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyPublicationDialog</name>
    <message>
        <source>Result published — %1</source>
        <translation>Publikasi hasil — %1</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>Papan pengumuman</translation>
    </message>
    <message>
        <source>Office website</source>
        <translation>Website kantor</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>Surat kabar</translation>
    </message>
    <message>
        <source>Public forum</source>
        <translation>Forum konsultasi publik</translation>
    </message>
    <message>
        <source>Information screen</source>
        <translation>Layar informasi</translation>
    </message>
    <message>
        <source>Where to see it: an address, a post, a photo (optional)</source>
        <translation>Tempat melihatnya: alamat, unggahan, foto (tidak wajib)</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Media:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Rujukan:</translation>
    </message>
    <message>
        <source>Evaluators look for the result on four media or more.</source>
        <translation>Penilai mencari hasil survei pada empat media atau lebih.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyQuestionPage</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei kepuasan masyarakat</translation>
    </message>
    <message>
        <source>Satisfaction survey · the service you received: %1</source>
        <translation>Survei kepuasan masyarakat · layanan yang Anda terima: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pertanyaan %1 dari %2</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <source>Skip this question ›</source>
        <translation>Lewati pertanyaan ini ›</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyReportMenu</name>
    <message>
        <source>Save the SKM report as PDF</source>
        <translation>Simpan laporan SKM sebagai PDF</translation>
    </message>
    <message>
        <source>Save the SKM report as an Excel workbook</source>
        <translation>Simpan laporan SKM sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Making the SKM report of %1…</source>
        <translation>Membuat laporan SKM %1…</translation>
    </message>
    <message>
        <source>SKM report — print preview</source>
        <translation>Laporan SKM — pratinjau cetak</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyResultsPage</name>
    <message>
        <source>Survey results (IKM)</source>
        <translation>Hasil survei (IKM)</translation>
    </message>
    <message>
        <source>The period before (Alt+Left)</source>
        <translation>Periode sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <source>The period after (Alt+Right)</source>
        <translation>Periode sesudahnya (Alt+Kanan)</translation>
    </message>
    <message>
        <source>The whole &amp;year</source>
        <translation>Se&amp;tahun penuh</translation>
    </message>
    <message>
        <source>The year&apos;s roll-up of the periods</source>
        <translation>Rekap tahunan dari periode-periodenya</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Read the results again (F5)</source>
        <translation>Baca ulang hasil (F5)</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Cetak laporan…</translation>
    </message>
    <message>
        <source>Office IKM (converted)</source>
        <translation>IKM kantor (konversi)</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation>Sampel minimum</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>IKM (converted)</source>
        <translation>IKM (konversi)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>Served (N)</source>
        <translation>Dilayani (N)</translation>
    </message>
    <message>
        <source>Sample needed</source>
        <translation>Sampel diperlukan</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Rencana tindak lanjut</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · The index is Σ NRR × weight × 25, rounded once to two decimals.</source>
        <translation>%1 sampai %2 · %3 · Indeks = Σ NRR × bobot × 25, dibulatkan sekali ke dua desimal.</translation>
    </message>
    <message>
        <source>Follow-up plan (%1 items, %2 overdue)</source>
        <translation>Rencana tindak lanjut (%1 kegiatan, %2 terlambat)</translation>
    </message>
    <message>
        <source>Follow-up plan (%1 items)</source>
        <translation>Rencana tindak lanjut (%1 kegiatan)</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Mutu %1</translation>
    </message>
    <message>
        <source>no responses in the period</source>
        <translation>tidak ada responden pada periode ini</translation>
    </message>
    <message>
        <source>not given: nobody answered %1</source>
        <translation>tidak ada: tidak seorang pun menjawab %1</translation>
    </message>
    <message>
        <source>responses in %1</source>
        <translation>responden pada %1</translation>
    </message>
    <message>
        <source>Krejcie–Morgan, of %1 citizens served (queue)</source>
        <translation>Krejcie–Morgan, dari %1 warga yang dilayani (antrean)</translation>
    </message>
    <message>
        <source>%1 respondents of the %2 needed</source>
        <translation>%1 responden dari %2 yang diperlukan</translation>
    </message>
    <message>
        <source>No service was served or surveyed in the period.</source>
        <translation>Tidak ada layanan yang dilayani atau disurvei pada periode ini.</translation>
    </message>
    <message>
        <source>The SKM report (Laporan Survei Kepuasan Masyarakat) of the period shown, in the standard outline</source>
        <translation>Laporan Survei Kepuasan Masyarakat (SKM) periode yang ditampilkan, dalam sistematika baku</translation>
    </message>
    <message>
        <source>Respondents&apos; comments</source>
        <translation>Komentar responden</translation>
    </message>
    <message>
        <source>Respondents&apos; comments (%1, %2 to decide)</source>
        <translation>Komentar responden (%1, %2 perlu diputuskan)</translation>
    </message>
    <message>
        <source>Respondents&apos; comments (%1)</source>
        <translation>Komentar responden (%1)</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyScreen</name>
    <message>
        <source>Loket satisfaction survey</source>
        <translation>Survei kepuasan Loket</translation>
    </message>
    <message>
        <source>Survey screen of every counter</source>
        <translation>Layar survei semua loket</translation>
    </message>
    <message>
        <source>Survey screen of loket %1</source>
        <translation>Layar survei loket %1</translation>
    </message>
    <message>
        <source>The survey screen cannot read the database just now. Please tell the officer at the counter.</source>
        <translation>Layar survei sedang tidak dapat membaca data. Mohon beri tahu petugas loket.</translation>
    </message>
    <message>
        <source>No survey is prepared for you yet. When you have been served, the officer at the counter starts it here for you.</source>
        <translation>Belum ada survei yang disiapkan untuk Anda. Setelah Anda dilayani, petugas loket memulainya di layar ini.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>Untuk petugas: %1</translation>
    </message>
    <message>
        <source>The database has not answered for %1 seconds.</source>
        <translation>Basis data tidak menjawab selama %1 detik.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveySettingsTab</name>
    <message>
        <source>The satisfaction survey (SKM): the period its results are given for, the weighting of the index, and the respondent&apos;s profile choices on the forms and the survey screen.</source>
        <translation>Survei kepuasan masyarakat (SKM): periode hasilnya, bobot indeks, dan pilihan profil responden pada formulir dan layar survei.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>The regulation&apos;s weight is 1/9; it prints it as 0,111, which many evaluators&apos; spreadsheets use. Every result says which was used.</source>
        <translation>Bobot menurut peraturan adalah 1/9; peraturan mencetaknya 0,111, yang dipakai banyak lembar kerja penilai. Setiap hasil menyebut bobot yang dipakai.</translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation>&amp;Bobot:</translation>
    </message>
    <message>
        <source>&amp;Education / occupation:</source>
        <translation>&amp;Pendidikan / pekerjaan:</translation>
    </message>
    <message>
        <source>One choice a line, in the order of the form (staff type their number). An empty list: the question is not asked.</source>
        <translation>Satu pilihan per baris, sesuai urutan pada formulir (petugas mengetik nomornya). Daftar kosong: pertanyaannya tidak diajukan.</translation>
    </message>
    <message>
        <source>Standard lists</source>
        <translation>Daftar baku</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Saved. The forms and the results use it from their next opening.</source>
        <translation>Tersimpan. Formulir dan hasil survei memakainya sejak dibuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyThanksPage</name>
    <message>
        <source>Sorry, your answers could not be saved</source>
        <translation>Maaf, jawaban Anda belum dapat disimpan</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Terima kasih!</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>Menyimpan jawaban Anda…</translation>
    </message>
    <message>
        <source>Your answers help us improve our service.</source>
        <translation>Jawaban Anda membantu kami memperbaiki pelayanan.</translation>
    </message>
    <message>
        <source>You left every question unanswered, so nothing was recorded.</source>
        <translation>Semua pertanyaan Anda lewati, jadi tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Please tell the officer at the counter.</source>
        <translation>Mohon beri tahu petugas loket.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>Untuk petugas: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::TicketListModel</name>
    <message>
        <source>only loket %1</source>
        <translation>hanya loket %1</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>dialihkan</translation>
    </message>
    <message>
        <source>Served with priority: %1</source>
        <translation>Dilayani dengan prioritas: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>loket::ui::TicketPrinter</name>
    <message>
        <source>The ticket printer did not answer within %1 seconds. Check that it is switched on and has paper.</source>
        <translation>Printer antrian tidak menjawab dalam %1 detik. Pastikan printer menyala dan berisi kertas.</translation>
    </message>
</context>
<context>
    <name>loket::ui::TicketServiceDialog</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Layanan</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioritas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>loket::ui::TransferDialog</name>
    <message>
        <source>Transfer ticket %1</source>
        <translation>Alihkan nomor antrian %1</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Layanan</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>L&amp;oket</translation>
    </message>
    <message>
        <source>The ticket goes back to waiting and keeps its arrival time, so the citizen does not lose their place.</source>
        <translation>Nomor antrian kembali menunggu dan tetap memakai waktu kedatangannya, sehingga warga tidak kehilangan urutannya.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Alihkan</translation>
    </message>
    <message>
        <source>Any counter that serves it</source>
        <translation>Loket mana saja yang melayaninya</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Send ticket &lt;b&gt;%1&lt;/b&gt; to:</source>
        <translation>Alihkan nomor antrian &lt;b&gt;%1&lt;/b&gt; ke:</translation>
    </message>
</context>
<context>
    <name>loket::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Ubah pengguna %1</translation>
    </message>
    <message>
        <source>18 digits, for civil servants</source>
        <translation>18 angka, untuk ASN</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>At least 8 characters. The user can change it after signing in.</source>
        <translation>Minimal 8 karakter. Pengguna dapat mengubahnya setelah masuk.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Masukkan nama lengkap pengguna.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>loket::ui::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
</context>
<context>
    <name>loket::ui::UsersPage</name>
    <message>
        <source>Who may sign in, and what each role may do: administrators run the system, supervisors review and set standards, front-desk officers serve the queue, the follow-up team handles complaints.</source>
        <translation>Siapa saja yang boleh masuk, dan apa yang boleh dilakukan setiap peran: administrator mengelola sistem, supervisor meninjau dan menetapkan standar pelayanan, petugas loket melayani antrian, tim tindak lanjut menangani pengaduan.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Pengguna %1 ditambahkan.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Pengguna %1 disimpan.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Nonaktifkan pengguna</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They will not be able to sign in. Their records stay.</source>
        <translation>Nonaktifkan %1 (%2)? Pengguna ini tidak akan dapat masuk. Datanya tetap tersimpan.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>Pengguna %1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Pengguna %1 diaktifkan.</translation>
    </message>
    <message>
        <source>The password of %1 has been changed.</source>
        <translation>Kata sandi %1 telah diubah.</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>Kunci pengguna %1 dibuka.</translation>
    </message>
</context>
<context>
    <name>loket::ui::VersionHistory</name>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>SK</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Last saved by</source>
        <translation>Terakhir disimpan oleh</translation>
    </message>
    <message>
        <source>Show this version</source>
        <translation>Tampilkan versi ini</translation>
    </message>
    <message>
        <source>Only the components that changed</source>
        <translation>Hanya komponen yang berubah</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>with</source>
        <translation>dengan</translation>
    </message>
    <message>
        <source>version %1 (draft)</source>
        <translation>versi %1 (draf)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versi %1</translation>
    </message>
    <message>
        <source>The standard has no version to compare yet.</source>
        <translation>Standar pelayanan ini belum memiliki versi untuk dibandingkan.</translation>
    </message>
    <message>
        <source>Choose two different versions to see what changed.</source>
        <translation>Pilih dua versi yang berbeda untuk melihat perubahannya.</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same 14 components.</source>
        <translation>Versi %1 dan %2 memiliki 14 komponen yang sama.</translation>
    </message>
    <message>
        <source>%1 of 14 components changed from version %2 to version %3:</source>
        <translation>%1 dari 14 komponen berubah dari versi %2 ke versi %3:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>berubah</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
</context>
<context>
    <name>loketctl</name>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>Belum ada cadangan di %1.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Cadangan di %1:</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>JENIS</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>TANGGAL</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>UKURAN</translation>
    </message>
    <message>
        <source>SCHEMA</source>
        <translation>SKEMA</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>backup list takes no arguments.</source>
        <translation>backup list tidak menerima argumen.</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>argumen %1 tidak diharapkan.</translation>
    </message>
    <message>
        <source>--to needs a file or folder name.</source>
        <translation>--to memerlukan nama berkas atau folder.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or add --force to replace it.</source>
        <translation>Berkas %1 sudah ada. Pilih nama lain, atau tambahkan --force untuk menggantinya.</translation>
    </message>
    <message>
        <source>Backup saved: %1 (%2, schema version %3).</source>
        <translation>Cadangan disimpan: %1 (%2, versi skema %3).</translation>
    </message>
    <message>
        <source>give one backup file.</source>
        <translation>berikan satu berkas cadangan.</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (schema version %3).</source>
        <translation>%1 telah dipulihkan ke %2 (versi skema %3).</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>Basis data sebelumnya disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>make a checked copy of the database, or list the backups</source>
        <translation>membuat salinan basis data yang telah diperiksa, atau menampilkan daftar cadangan</translation>
    </message>
    <message>
        <source>put a backup in place of the database</source>
        <translation>menempatkan cadangan menggantikan basis data</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIF</translation>
    </message>
    <message>
        <source>give a subcommand: list, add, rename, activate or deactivate.</source>
        <translation>berikan subperintah: list, add, rename, activate, atau deactivate.</translation>
    </message>
    <message>
        <source>give the unit name in quotes (and for &quot;rename&quot; the new name too).</source>
        <translation>berikan nama unit kerja dalam tanda kutip (dan untuk &quot;rename&quot;, nama barunya juga).</translation>
    </message>
    <message>
        <source>Unit added: %1</source>
        <translation>Unit kerja ditambahkan: %1</translation>
    </message>
    <message>
        <source>Unit changed: %1</source>
        <translation>Unit kerja diubah: %1</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>AWALAN</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT KERJA</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>give a subcommand: list, add or update.</source>
        <translation>berikan subperintah: list, add, atau update.</translation>
    </message>
    <message>
        <source>give one service code, e.g. KTP.</source>
        <translation>berikan satu kode layanan, mis. KTP.</translation>
    </message>
    <message>
        <source>a new service needs --prefix and --name.</source>
        <translation>layanan baru memerlukan --prefix dan --name.</translation>
    </message>
    <message>
        <source>--active takes yes or no.</source>
        <translation>--active menerima yes atau no.</translation>
    </message>
    <message>
        <source>Service added: %1 (%2)</source>
        <translation>Layanan ditambahkan: %1 (%2)</translation>
    </message>
    <message>
        <source>Service changed: %1 (%2)</source>
        <translation>Layanan diubah: %1 (%2)</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NOMOR</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>LAYANAN</translation>
    </message>
    <message>
        <source>give one counter number, e.g. 2.</source>
        <translation>berikan satu nomor loket, mis. 2.</translation>
    </message>
    <message>
        <source>Counter added: %1 (%2)</source>
        <translation>Loket ditambahkan: %1 (%2)</translation>
    </message>
    <message>
        <source>Counter changed: %1 (%2)</source>
        <translation>Loket diubah: %1 (%2)</translation>
    </message>
    <message>
        <source>list, add, rename and deactivate the office&apos;s units</source>
        <translation>menampilkan, menambah, mengganti nama, dan menonaktifkan unit kerja kantor</translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] unit SUBCOMMAND [ARGS]

  unit list [--all] [--json]      (--all: with deactivated units)
  unit add &quot;NAME&quot;
  unit rename &quot;NAME&quot; &quot;NEW NAME&quot;
  unit deactivate &quot;NAME&quot;  |  unit activate &quot;NAME&quot;

Changes need an administrator (--user NAME) and are written to the audit log.</source>
        <translation>Penggunaan: loketctl [--user NAME] unit SUBCOMMAND [ARGS]

  unit list [--all] [--json]      (--all: termasuk unit kerja yang dinonaktifkan)
  unit add &quot;NAME&quot;
  unit rename &quot;NAME&quot; &quot;NEW NAME&quot;
  unit deactivate &quot;NAME&quot;  |  unit activate &quot;NAME&quot;

Perubahan memerlukan administrator (--user NAME) dan dicatat di log audit.</translation>
    </message>
    <message>
        <source>list, add and change the services (jenis layanan)</source>
        <translation>menampilkan, menambah, dan mengubah layanan (jenis layanan)</translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] service SUBCOMMAND [ARGS]

  service list [--all] [--json]  (--all: with deactivated services)
  service add CODE --prefix P --name &quot;NAME&quot; [--unit &quot;UNIT&quot;] [--target-minutes N] [--sort N]
  service update CODE [--code NEW] [--prefix P] [--name &quot;NAME&quot;] [--unit &quot;UNIT&quot;|&quot;&quot;]
                      [--target-minutes N] [--sort N] [--active yes|no]

CODE is unique, in capitals, digits, _ and - (e.g. KTP). The prefix (1-2 capital letters, unique) starts the ticket numbers, e.g. A-001. The target is the service time the queue is measured against (default 15 minutes). Services are never deleted: deactivate one with --active no.
Changes need an administrator (--user NAME) and are written to the audit log.</source>
        <translation>Penggunaan: loketctl [--user NAME] service SUBCOMMAND [ARGS]

  service list [--all] [--json]  (--all: termasuk layanan yang dinonaktifkan)
  service add CODE --prefix P --name &quot;NAME&quot; [--unit &quot;UNIT&quot;] [--target-minutes N] [--sort N]
  service update CODE [--code NEW] [--prefix P] [--name &quot;NAME&quot;] [--unit &quot;UNIT&quot;|&quot;&quot;]
                      [--target-minutes N] [--sort N] [--active yes|no]

CODE bersifat unik, berisi huruf kapital, angka, _ dan - (mis. KTP). Awalan (1-2 huruf kapital, unik) mengawali nomor antrian, mis. A-001. Target adalah waktu layanan yang menjadi tolok ukur antrian (bawaan 15 menit). Layanan tidak pernah dihapus: nonaktifkan layanan dengan --active no.
Perubahan memerlukan administrator (--user NAME) dan dicatat di log audit.</translation>
    </message>
    <message>
        <source>give the reason for the pause with --reason TEXT.</source>
        <translation>berikan alasan jeda dengan --reason TEXT.</translation>
    </message>
    <message>
        <source>Loket %1 is open.</source>
        <translation>Loket %1 dibuka.</translation>
    </message>
    <message>
        <source>Loket %1 is paused.</source>
        <translation>Loket %1 dijeda.</translation>
    </message>
    <message>
        <source>Loket %1 is closed.</source>
        <translation>Loket %1 ditutup.</translation>
    </message>
    <message>
        <source>You are signed in at loket %1.</source>
        <translation>Anda sudah masuk di loket %1.</translation>
    </message>
    <message>
        <source>--days needs a whole number of days.</source>
        <translation>--days memerlukan jumlah hari berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <source>--until needs a date like 2026-11-20.</source>
        <translation>--until memerlukan tanggal seperti 2026-11-20.</translation>
    </message>
    <message>
        <source>--at needs a time like 2026-11-23T10:15.</source>
        <translation>--at memerlukan waktu seperti 2026-11-23T10:15.</translation>
    </message>
    <message>
        <source>fill a new database with a realistic demo office and its history</source>
        <translation>mengisi basis data baru dengan kantor demo yang realistis beserta riwayatnya</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2026-08-17.</source>
        <translation>&quot;%1&quot; bukan tanggal: tulis dengan format YYYY-MM-DD, mis. 2026-08-17.</translation>
    </message>
    <message>
        <source>No holidays are listed.</source>
        <translation>Belum ada hari libur yang terdaftar.</translation>
    </message>
    <message>
        <source>--year needs a year, e.g. 2026.</source>
        <translation>--year memerlukan tahun, mis. 2026.</translation>
    </message>
    <message>
        <source>give a subcommand: list, add, remove, import or export.</source>
        <translation>berikan subperintah: list, add, remove, import, atau export.</translation>
    </message>
    <message>
        <source>wrong arguments for &quot;holiday %1&quot;.</source>
        <translation>argumen untuk &quot;holiday %1&quot; salah.</translation>
    </message>
    <message>
        <source>the kind is libur_nasional, cuti_bersama or libur_lokal.</source>
        <translation>jenisnya libur_nasional, cuti_bersama, atau libur_lokal.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Berkas %1 tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>The file %1 cannot be written (%2).</source>
        <translation>Berkas %1 tidak dapat ditulis (%2).</translation>
    </message>
    <message>
        <source>Holidays imported: %1 added, %2 changed, %3 already listed.</source>
        <translation>Hari libur diimpor: %1 ditambahkan, %2 diubah, %3 sudah terdaftar.</translation>
    </message>
    <message>
        <source>Holiday added: %1 %2</source>
        <translation>Hari libur ditambahkan: %1 %2</translation>
    </message>
    <message>
        <source>Holiday removed: %1</source>
        <translation>Hari libur dihapus: %1</translation>
    </message>
    <message>
        <source>give a subcommand: add-days, between or check.</source>
        <translation>berikan subperintah: add-days, between, atau check.</translation>
    </message>
    <message>
        <source>wrong arguments for &quot;calendar %1&quot;.</source>
        <translation>argumen untuk &quot;calendar %1&quot; salah.</translation>
    </message>
    <message>
        <source>N is a number of working days, e.g. 5.</source>
        <translation>N adalah jumlah hari kerja, mis. 5.</translation>
    </message>
    <message>
        <source>--at takes a time HH:MM and goes with add-days.</source>
        <translation>--at menerima jam HH:MM dan dipakai bersama add-days.</translation>
    </message>
    <message>
        <source>%1: working day</source>
        <translation>%1: hari kerja</translation>
    </message>
    <message>
        <source>%1: office closed</source>
        <translation>%1: kantor tutup</translation>
    </message>
    <message>
        <source>The office has no open day in its opening hours. Set them with &quot;office set --hours&quot;.</source>
        <translation>Jam buka kantor tidak memiliki satu pun hari buka. Atur dengan &quot;office set --hours&quot;.</translation>
    </message>
    <message>
        <source>list, add, remove, import and export holidays</source>
        <translation>menampilkan, menambah, menghapus, mengimpor, dan mengekspor hari libur</translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] holiday SUBCOMMAND [ARGS]

  holiday list [--year YEAR] [--json]
  holiday add DATE KIND NAME...   (KIND: libur_nasional, cuti_bersama or libur_lokal)
  holiday remove DATE
  holiday import FILE.csv         (all or nothing; see below)
  holiday export [--year YEAR] [--output FILE.csv]

DATE is YYYY-MM-DD. The CSV file has the header line &quot;date,kind,name&quot; and one holiday per line, e.g.
  2026-08-17,libur_nasional,Proklamasi Kemerdekaan Republik Indonesia
A file with any mistake imports nothing; the message names each line and field. A date already listed takes the kind and name from the file.
Adding, removing and importing need an administrator (--user NAME) and are written to the audit log.</source>
        <translation>Penggunaan: loketctl [--user NAME] holiday SUBCOMMAND [ARGS]

  holiday list [--year YEAR] [--json]
  holiday add DATE KIND NAME...   (KIND: libur_nasional, cuti_bersama atau libur_lokal)
  holiday remove DATE
  holiday import FILE.csv         (semua atau tidak sama sekali; lihat di bawah)
  holiday export [--year YEAR] [--output FILE.csv]

DATE ditulis YYYY-MM-DD. Berkas CSV memiliki baris judul &quot;date,kind,name&quot; dan satu hari libur per baris, mis.
  2026-08-17,libur_nasional,Proklamasi Kemerdekaan Republik Indonesia
Berkas yang mengandung satu kesalahan pun tidak mengimpor apa-apa; pesan kesalahan menyebutkan setiap baris dan kolomnya. Tanggal yang sudah terdaftar mengambil jenis dan nama dari berkas.
Menambah, menghapus, dan mengimpor memerlukan administrator (--user NAME) dan dicatat di log audit.</translation>
    </message>
    <message>
        <source>working-day arithmetic with the office&apos;s hours and holidays</source>
        <translation>perhitungan hari kerja berdasarkan jam buka dan hari libur kantor</translation>
    </message>
    <message>
        <source>Usage: loketctl calendar SUBCOMMAND [ARGS] [--json]

  calendar add-days DATE N [--at HH:MM]   the date N working days after DATE
  calendar between DATE1 DATE2            working days after DATE1 up to and including DATE2
  calendar check DATE                     whether the office works that day, and which holiday it is

Counting starts from the next working day: Friday + 1 is Monday. With --at, DATE and the time are when something was received: received at or after closing time, or on a day the office is closed, it counts as received on the next working day (Monday 17:00 + 1 is Wednesday). Whether cuti bersama closes the office is a setting (default: it does).</source>
        <translation>Penggunaan: loketctl calendar SUBCOMMAND [ARGS] [--json]

  calendar add-days DATE N [--at HH:MM]   tanggal N hari kerja setelah DATE
  calendar between DATE1 DATE2            jumlah hari kerja setelah DATE1 sampai dengan DATE2
  calendar check DATE                     apakah kantor buka pada hari itu, dan hari libur apa

Penghitungan dimulai dari hari kerja berikutnya: Jumat + 1 adalah Senin. Dengan --at, DATE dan jam tersebut adalah saat sesuatu diterima: jika diterima pada atau setelah jam tutup, atau pada hari kantor tutup, dihitung sebagai diterima pada hari kerja berikutnya (Senin 17:00 + 1 adalah Rabu). Apakah kantor tutup pada cuti bersama ditentukan oleh pengaturan (bawaan: tutup).</translation>
    </message>
    <message>
        <source>create an empty database (or bring one to this version)</source>
        <translation>membuat basis data kosong (atau memperbarui basis data ke versi ini)</translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] init

Creates the database file with the current schema, or upgrades an older one. The office and the first administrator are set up at the first start of the application, or with &quot;loketctl demo&quot;.</source>
        <translation>Penggunaan: loketctl [--database FILE] init

Membuat berkas basis data dengan skema terbaru, atau memperbarui basis data yang lebih lama. Kantor dan administrator pertama diatur saat aplikasi pertama kali dijalankan, atau dengan &quot;loketctl demo&quot;.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init tidak menerima argumen.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>Basis data siap: %1 (versi skema %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Instansi induk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Kepala kantor</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <source>Head&apos;s NIP</source>
        <translation>NIP kepala</translation>
    </message>
    <message>
        <source>&quot;office show&quot; takes no arguments.</source>
        <translation>&quot;office show&quot; tidak menerima argumen.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PNG, %1 KB</source>
        <translation>PNG, %1 KB</translation>
    </message>
    <message>
        <source>&quot;office set&quot; takes only options, e.g. --name &quot;Kecamatan Cibinong&quot;.</source>
        <translation>&quot;office set&quot; hanya menerima opsi, mis. --name &quot;Kecamatan Cibinong&quot;.</translation>
    </message>
    <message>
        <source>give at least one field to change, e.g. --name or --time-zone.</source>
        <translation>berikan setidaknya satu isian yang diubah, mis. --name atau --time-zone.</translation>
    </message>
    <message>
        <source>give the time zone as WIB, WITA or WIT.</source>
        <translation>berikan zona waktu sebagai WIB, WITA, atau WIT.</translation>
    </message>
    <message>
        <source>The logo file %1 cannot be read (%2).</source>
        <translation>Berkas logo %1 tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>Office saved: %1</source>
        <translation>Kantor disimpan: %1</translation>
    </message>
    <message>
        <source>give a subcommand: show or set.</source>
        <translation>berikan subperintah: show atau set.</translation>
    </message>
    <message>
        <source>show or change the office profile, time zone and opening hours</source>
        <translation>menampilkan atau mengubah profil kantor, zona waktu, dan jam buka</translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] office SUBCOMMAND [OPTIONS]

  office show [--json]
  office set [--name TEXT] [--parent-agency TEXT] [--address TEXT] [--city TEXT] [--province TEXT]
             [--postal-code NNNNN] [--phone TEXT] [--email ADDRESS] [--website URL]
             [--head-name TEXT] [--head-title TEXT] [--head-nip NIP]
             [--time-zone WIB|WITA|WIT] [--hours HOURS] [--logo FILE.png | --no-logo]

&quot;set&quot; changes only the fields given and needs an administrator (--user NAME); the change is written to the audit log. HOURS lists the open days, e.g. &quot;mon-fri 07:30-16:00, sat 08:00-12:00&quot;; days not named are closed.
Exit codes: 0 done, 1 wrong arguments, 2 failed (e.g. a field is not valid, or the office is not set up yet), 4 not allowed.</source>
        <translation>Penggunaan: loketctl [--user NAME] office SUBCOMMAND [OPTIONS]

  office show [--json]
  office set [--name TEXT] [--parent-agency TEXT] [--address TEXT] [--city TEXT] [--province TEXT]
             [--postal-code NNNNN] [--phone TEXT] [--email ADDRESS] [--website URL]
             [--head-name TEXT] [--head-title TEXT] [--head-nip NIP]
             [--time-zone WIB|WITA|WIT] [--hours HOURS] [--logo FILE.png | --no-logo]

&quot;set&quot; hanya mengubah isian yang diberikan dan memerlukan administrator (--user NAME); perubahan dicatat di log audit. HOURS menyebutkan hari buka, mis. &quot;mon-fri 07:30-16:00, sat 08:00-12:00&quot;; hari yang tidak disebut dianggap tutup.
Kode keluar: 0 berhasil, 1 argumen salah, 2 gagal (mis. ada isian yang tidak valid, atau kantor belum diatur), 4 tidak diizinkan.</translation>
    </message>
    <message>
        <source>loket %1</source>
        <translation>loket %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>terbit %1</translation>
    </message>
    <message>
        <source>give the counter number, e.g. --counter 2.</source>
        <translation>berikan nomor loket, mis. --counter 2.</translation>
    </message>
    <message>
        <source>Queue of %1, at %2</source>
        <translation>Antrian tanggal %1, pukul %2</translation>
    </message>
    <message>
        <source>%1 on hold</source>
        <translation>%1 ditunda</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 menunggu</translation>
    </message>
    <message>
        <source> (%1 priority)</source>
        <translation> (%1 prioritas)</translation>
    </message>
    <message>
        <source>Last calls:</source>
        <translation>Panggilan terakhir:</translation>
    </message>
    <message>
        <source>(again)</source>
        <translation>(ulang)</translation>
    </message>
    <message>
        <source>Line, next first:</source>
        <translation>Urutan antrian (berikutnya paling atas):</translation>
    </message>
    <message>
        <source>give a subcommand: status.</source>
        <translation>berikan subperintah: status.</translation>
    </message>
    <message>
        <source>queue status takes only options.</source>
        <translation>queue status hanya menerima opsi.</translation>
    </message>
    <message>
        <source>--calls needs a whole number.</source>
        <translation>--calls memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <source>give a subcommand: close.</source>
        <translation>berikan subperintah: close.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) expired.</source>
        <translation>
            <numerusform>%n nomor antrian kedaluwarsa.</numerusform>
        </translation>
    </message>
    <message>
        <source>today&apos;s queue: counters, waiting tickets, last calls</source>
        <translation>antrian hari ini: loket, nomor antrian yang menunggu, panggilan terakhir</translation>
    </message>
    <message>
        <source>Usage: loketctl [--json] queue status [--counter N] [--calls N]

Shows every counter (state, officer, the ticket at it, tickets on hold, how many it may call), the waiting tickets per service with the estimated wait of a new ticket, and the last calls (default 5). With --counter, also that counter&apos;s line in the order it will call it. Needs no user: the display board shows the same.</source>
        <translation>Penggunaan: loketctl [--json] queue status [--counter N] [--calls N]

Menampilkan setiap loket (status, petugas, nomor antrian yang sedang dilayani, nomor antrian yang ditunda, berapa yang dapat dipanggilnya), nomor antrian yang menunggu per layanan beserta perkiraan waktu tunggu untuk nomor antrian baru, dan panggilan terakhir (bawaan 5). Dengan --counter, juga antrian loket tersebut sesuai urutan pemanggilannya. Tidak memerlukan pengguna: layar antrian menampilkan hal yang sama.</translation>
    </message>
    <message>
        <source>close the queue day: expire tickets left over</source>
        <translation>menutup hari layanan antrian: mengakhiri nomor antrian yang tersisa</translation>
    </message>
    <message>
        <source>Usage: loketctl --user NAME [--json] day close

Expires every unfinished ticket of earlier days, and today&apos;s waiting and parked tickets once the office has closed (office hours). Tickets being called or served after closing time are left to their officer until the day is over. Safe to run at any time and any number of times (from cron, or when the application starts). Needs a supervisor or an administrator.</source>
        <translation>Penggunaan: loketctl --user NAME [--json] day close

Mengakhiri setiap nomor antrian yang belum selesai dari hari-hari sebelumnya, serta nomor antrian hari ini yang menunggu dan ditunda setelah kantor tutup (menurut jam layanan kantor). Nomor antrian yang sedang dipanggil atau dilayani setelah jam tutup diserahkan kepada petugasnya sampai hari berakhir. Aman dijalankan kapan saja dan berapa kali pun (dari cron, atau saat aplikasi dimulai). Memerlukan supervisor atau administrator.</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Versi %1: %2</translation>
    </message>
    <message>
        <source>Decree: %1 of %2, in force from %3%4</source>
        <translation>SK: nomor %1 tanggal %2, berlaku mulai %3%4</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> sampai %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>original</source>
        <translation>asli</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>fotokopi</translation>
    </message>
    <message>
        <source>Free (Rp 0)</source>
        <translation>Gratis (Rp 0)</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-11-23.</source>
        <translation>--%1 memerlukan tanggal seperti 2026-11-23.</translation>
    </message>
    <message>
        <source>IN FORCE</source>
        <translation>BERLAKU</translation>
    </message>
    <message>
        <source>DECREE</source>
        <translation>SK</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>MULAI</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAF</translation>
    </message>
    <message>
        <source>FILLED</source>
        <translation>TERISI</translation>
    </message>
    <message>
        <source>REVIEW DUE</source>
        <translation>JADWAL TINJAU</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(terlambat)</translation>
    </message>
    <message>
        <source>%1 has no standard yet. Write one in the application, or import one with &quot;loketctl standard import&quot;.</source>
        <translation>%1 belum memiliki standar pelayanan. Tulis di aplikasi, atau impor dengan &quot;loketctl standard import&quot;.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Tidak dapat menulis ke keluaran standar.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check the folder exists and is writable.</source>
        <translation>%1 tidak dapat ditulis (%2). Pastikan folder ada dan dapat ditulisi.</translation>
    </message>
    <message>
        <source>Standards exported to %1</source>
        <translation>Standar pelayanan diekspor ke %1</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>%1 tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>The file is fine. Importing it would write the drafts of %1 service(s): %2</source>
        <translation>Berkas ini baik. Mengimpornya akan menulis draf untuk %1 layanan: %2</translation>
    </message>
    <message>
        <source>Drafts written for %1 service(s): %2. Set them with &quot;loketctl standard set&quot;.</source>
        <translation>Draf ditulis untuk %1 layanan: %2. Tetapkan dengan &quot;loketctl standard set&quot;.</translation>
    </message>
    <message>
        <source>The file is fine. Importing it would replace the register of %1 service(s): %2</source>
        <translation>Berkas ini baik. Mengimpornya akan mengganti register %1 layanan: %2</translation>
    </message>
    <message>
        <source>Imported the register of %1 service(s): %2</source>
        <translation>Register %1 layanan telah diimpor: %2</translation>
    </message>
    <message>
        <source>  %1 versions (replacing %2), %3 consultations, %4 publications, %5 reviews%6</source>
        <translation>  %1 versi (menggantikan %2), %3 konsultasi, %4 publikasi, %5 peninjauan%6</translation>
    </message>
    <message>
        <source>, and the Maklumat Pelayanan</source>
        <translation>, dan Maklumat Pelayanan</translation>
    </message>
    <message>
        <source>%1: version %2 set by decree %3 of %4, in force from %5.</source>
        <translation>%1: versi %2 ditetapkan dengan SK %3 tanggal %4, berlaku mulai %5.</translation>
    </message>
    <message>
        <source>Version %1 is in force until %2.</source>
        <translation>Versi %1 berlaku sampai %2.</translation>
    </message>
    <message>
        <source>No standard is due for review on %1 (period: %2 months).</source>
        <translation>Tidak ada standar pelayanan yang jatuh tempo peninjauan pada %1 (periode: %2 bulan).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DUE ON</source>
        <translation>JATUH TEMPO</translation>
    </message>
    <message>
        <source>LAST REVIEW</source>
        <translation>TINJAUAN TERAKHIR</translation>
    </message>
    <message>
        <source>SET ON</source>
        <translation>DITETAPKAN</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>terlambat %1 hari</translation>
    </message>
    <message>
        <source>due</source>
        <translation>jatuh tempo</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>CONSULTED</source>
        <translation>KONSULTASI</translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation>MEDIA</translation>
    </message>
    <message>
        <source>SIPPN</source>
        <translation>SIPPN</translation>
    </message>
    <message>
        <source>REVIEWED</source>
        <translation>DITINJAU</translation>
    </message>
    <message>
        <source>MET</source>
        <translation>TERPENUHI</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 kelompok</translation>
    </message>
    <message>
        <source>On %1, of %2 services: %3 complete, %4 set by decree, %5 consulted, %6 published on 4+ media and SIPPN, %7 reviewed in the last %8 months; %9 meet every criterion.</source>
        <translation>Per %1, dari %2 layanan: %3 lengkap, %4 ditetapkan dengan SK, %5 dikonsultasikan, %6 dipublikasikan di 4+ media dan SIPPN, %7 ditinjau dalam %8 bulan terakhir; %9 memenuhi semua kriteria.</translation>
    </message>
    <message>
        <source>Maklumat Pelayanan: %1, published on %2 media.</source>
        <translation>Maklumat Pelayanan: %1, dipublikasikan di %2 media.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ditandatangani</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>belum ditandatangani</translation>
    </message>
    <message>
        <source>give the file to import.</source>
        <translation>berikan berkas yang akan diimpor.</translation>
    </message>
    <message>
        <source>give the code of one service, e.g. KK.</source>
        <translation>berikan kode satu layanan, mis. KK.</translation>
    </message>
    <message>
        <source>%1 takes no argument.</source>
        <translation>%1 tidak menerima argumen.</translation>
    </message>
    <message>
        <source>--format is json or csv.</source>
        <translation>--format adalah json atau csv.</translation>
    </message>
    <message>
        <source>--version needs a version number such as 2.</source>
        <translation>--version memerlukan nomor versi, seperti 2.</translation>
    </message>
    <message>
        <source>--within needs a number of days.</source>
        <translation>--within memerlukan jumlah hari.</translation>
    </message>
    <message>
        <source>set needs --decree NO, --decree-date DATE and --effective DATE.</source>
        <translation>set memerlukan --decree NO, --decree-date DATE, dan --effective DATE.</translation>
    </message>
    <message>
        <source>--decree-date and --effective need dates like 2026-11-23.</source>
        <translation>--decree-date dan --effective memerlukan tanggal seperti 2026-11-23.</translation>
    </message>
    <message>
        <source>Queue statistics %1 to %2</source>
        <translation>Statistik antrian %1 sampai %2</translation>
    </message>
    <message>
        <source>Tickets issued %1, served %2, no-show %3 (%4 of those called and closed), cancelled %5, expired %6</source>
        <translation>Nomor antrian diterbitkan %1, dilayani %2, tidak hadir %3 (%4 dari yang dipanggil dan ditutup), dibatalkan %5, kedaluwarsa %6</translation>
    </message>
    <message>
        <source>Served with priority (lansia, disabilitas, ibu hamil, ibu dengan anak): %1</source>
        <translation>Dilayani dengan prioritas (lansia, disabilitas, ibu hamil, ibu dengan anak): %1</translation>
    </message>
    <message>
        <source>Served within the service-time target (service time): %1 of %2 (%3)</source>
        <translation>Dilayani dalam target waktu layanan (waktu layanan): %1 dari %2 (%3)</translation>
    </message>
    <message>
        <source>Served within the service-time target (whole visit): %1 of %2 (%3)</source>
        <translation>Dilayani dalam target waktu layanan (seluruh kunjungan): %1 dari %2 (%3)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>count</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Wait (issued to first call)</source>
        <translation>Tunggu (terbit sampai panggilan pertama)</translation>
    </message>
    <message>
        <source>Walk (call to start)</source>
        <translation>Berjalan (panggilan sampai mulai)</translation>
    </message>
    <message>
        <source>Service (start to end)</source>
        <translation>Layanan (mulai sampai selesai)</translation>
    </message>
    <message>
        <source>Total (issued to end)</source>
        <translation>Total (terbit sampai selesai)</translation>
    </message>
    <message>
        <source>(no tickets)</source>
        <translation>(tidak ada nomor antrian)</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>terbit</translation>
    </message>
    <message>
        <source>served</source>
        <translation>dilayani</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>wait med</source>
        <translation>tunggu med</translation>
    </message>
    <message>
        <source>wait p90</source>
        <translation>tunggu p90</translation>
    </message>
    <message>
        <source>service med</source>
        <translation>layanan med</translation>
    </message>
    <message>
        <source>service p90</source>
        <translation>layanan p90</translation>
    </message>
    <message>
        <source>within target</source>
        <translation>dalam target</translation>
    </message>
    <message>
        <source>give the period with --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>berikan periode dengan --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation>&quot;%1&quot; bukan tanggal: tulis dengan format YYYY-MM-DD, mis. 2026-11-23.</translation>
    </message>
    <message>
        <source>stats takes only options.</source>
        <translation>stats hanya menerima opsi.</translation>
    </message>
    <message>
        <source>--measure is &quot;service&quot; (start to end) or &quot;total&quot; (issued to end).</source>
        <translation>--measure adalah &quot;service&quot; (mulai sampai selesai) atau &quot;total&quot; (terbit sampai selesai).</translation>
    </message>
    <message>
        <source>--by takes a list of: service, counter, officer, day, hour.</source>
        <translation>--by menerima daftar dari: service, counter, officer, day, hour.</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>Per loket</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Per petugas</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>By hour of issue (office time)</source>
        <translation>Per jam terbit (waktu kantor)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Minutes; median and p90 by the nearest-rank method. No-show rate: no-shows among tickets called and closed.</source>
        <translation>Dalam menit; median dan p90 dengan metode nearest-rank. Tingkat tidak hadir: yang tidak hadir di antara nomor antrian yang dipanggil dan ditutup.</translation>
    </message>
    <message>
        <source>queue statistics for a period: waits, service times, no-shows, targets</source>
        <translation>statistik antrian untuk suatu periode: waktu tunggu, waktu layanan, tidak hadir, target</translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] stats --from YYYY-MM-DD --to YYYY-MM-DD [--by LIST] [--measure service|total] [--json]

Queue figures for the office days from --from to --to (both included): tickets issued, served, no-show, cancelled, expired, served with priority; wait (issued to first call), walk (call to start), service (start to end) and total (issued to end) as median and 90th percentile (nearest-rank); the share served within the service-time target.
  --by LIST        groups to print, comma-separated: service, counter, officer, day, hour (default service,counter,officer,hour); --json always gives all of them
  --measure WHAT   what is compared with the target: service (start to end, the default) or total (issued to end)

Needs a user allowed to view reports (supervisor or administrator).
Exit codes: 0 done, 1 wrong arguments, 2 failed, 4 not allowed or wrong password.</source>
        <translation>Penggunaan: loketctl [--user NAME] stats --from YYYY-MM-DD --to YYYY-MM-DD [--by LIST] [--measure service|total] [--json]

Angka antrian untuk hari kantor dari --from sampai --to (keduanya termasuk): nomor antrian yang diterbitkan, dilayani, tidak hadir, dibatalkan, kedaluwarsa, dilayani dengan prioritas; waktu tunggu (terbit sampai panggilan pertama), waktu berjalan (panggilan sampai mulai), waktu layanan (mulai sampai selesai), dan total (terbit sampai selesai) sebagai median dan persentil ke-90 (metode nearest-rank); proporsi yang dilayani dalam target waktu layanan.
  --by LIST        kelompok yang dicetak, dipisahkan koma: service, counter, officer, day, hour (bawaan service,counter,officer,hour); --json selalu memberikan semuanya
  --measure WHAT   yang dibandingkan dengan target: service (mulai sampai selesai, bawaan) atau total (terbit sampai selesai)

Memerlukan pengguna yang boleh melihat laporan (supervisor atau administrator).
Kode keluar: 0 berhasil, 1 argumen salah, 2 gagal, 4 tidak diizinkan atau kata sandi salah.</translation>
    </message>
    <message>
        <source>give the service with --service CODE, e.g. --service KTP.</source>
        <translation>berikan layanan dengan --service CODE, mis. --service KTP.</translation>
    </message>
    <message>
        <source>issuing at a counter needs the officer: give --user NAME.</source>
        <translation>penerbitan di loket memerlukan petugasnya: berikan --user NAME.</translation>
    </message>
    <message>
        <source>Ticket %1 for %2.</source>
        <translation>Nomor antrian %1 untuk %2.</translation>
    </message>
    <message>
        <source>give the counter with --counter N.</source>
        <translation>berikan loket dengan --counter N.</translation>
    </message>
    <message>
        <source>calling a ticket out of its turn needs --reason TEXT.</source>
        <translation>memanggil nomor antrian di luar gilirannya memerlukan --reason TEXT.</translation>
    </message>
    <message>
        <source>Calling %1 to loket %2.</source>
        <translation>Memanggil %1 ke loket %2.</translation>
    </message>
    <message>
        <source>give one ticket: its number (A-001) or id.</source>
        <translation>berikan satu nomor antrian: nomornya (A-001) atau id-nya.</translation>
    </message>
    <message>
        <source>You are not signed in at a counter. Sign in with &quot;loketctl counter signin N&quot;, or give --counter N.</source>
        <translation>Anda belum masuk di loket mana pun. Masuk dengan &quot;loketctl counter signin N&quot;, atau berikan --counter N.</translation>
    </message>
    <message>
        <source>Calling %1 again.</source>
        <translation>Memanggil ulang %1.</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>Melayani %1.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 selesai.</translation>
    </message>
    <message>
        <source>%1 did not come.</source>
        <translation>%1 tidak hadir.</translation>
    </message>
    <message>
        <source>%1 is on hold.</source>
        <translation>%1 ditunda.</translation>
    </message>
    <message>
        <source>Calling %1 back.</source>
        <translation>Memanggil kembali %1.</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 dibatalkan.</translation>
    </message>
    <message>
        <source>give the ticket and where it goes: --service CODE and/or --counter N.</source>
        <translation>berikan nomor antrian dan tujuannya: --service CODE dan/atau --counter N.</translation>
    </message>
    <message>
        <source>%1 is waiting again, for %2.</source>
        <translation>%1 kembali menunggu, untuk %2.</translation>
    </message>
    <message>
        <source>Position %1 in line</source>
        <translation>Urutan ke-%1 dalam antrian</translation>
    </message>
    <message>
        <source>issue, call and serve queue tickets</source>
        <translation>menerbitkan, memanggil, dan melayani nomor antrian</translation>
    </message>
    <message>
        <source>No new password given: set LOKET_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Kata sandi baru tidak diberikan: isi LOKET_NEW_PASSWORD, atau jalankan perintah di terminal untuk mengetiknya.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Kata sandi baru untuk %1: </translation>
    </message>
    <message>
        <source>Type the new password again: </source>
        <translation>Ketik ulang kata sandi baru: </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Nothing was changed: run the command again.</source>
        <translation>Kedua kata sandi tidak sama. Tidak ada yang diubah: jalankan perintah lagi.</translation>
    </message>
    <message>
        <source>give one user name.</source>
        <translation>berikan satu nama pengguna.</translation>
    </message>
    <message>
        <source>give the full name with --name &quot;FULL NAME&quot;.</source>
        <translation>berikan nama lengkap dengan --name &quot;FULL NAME&quot;.</translation>
    </message>
    <message>
        <source>give the role with --role: admin, supervisor, officer or followup.</source>
        <translation>berikan peran dengan --role: admin, supervisor, officer, atau followup.</translation>
    </message>
    <message>
        <source>User %1 (%2, %3) added.</source>
        <translation>Pengguna %1 (%2, %3) ditambahkan.</translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation>user list tidak menerima argumen.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>PENGGUNA</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>PERAN</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation>TERAKHIR MASUK</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>terkunci sampai %1</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Kata sandi saat ini: </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Kata sandi %1 telah diubah.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Akun %1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>Akun %1 diaktifkan.</translation>
    </message>
    <message>
        <source>The account %1 is unlocked.</source>
        <translation>Kunci akun %1 telah dibuka.</translation>
    </message>
    <message>
        <source>give a subcommand: add, list, passwd, disable, enable or unlock.</source>
        <translation>berikan subperintah: add, list, passwd, disable, enable, atau unlock.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation>subperintah &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>add, list, disable, enable and unlock users, change passwords</source>
        <translation>menambah, menampilkan, menonaktifkan, mengaktifkan, dan membuka kunci pengguna, serta mengubah kata sandi</translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] user SUBCOMMAND [ARGS]

  user add USERNAME --name &quot;FULL NAME&quot; --role admin|supervisor|officer|followup [--nip NIP]
  user list [--json]
  user passwd [USERNAME]      (without USERNAME: your own password)
  user disable USERNAME
  user enable USERNAME
  user unlock USERNAME        (after too many wrong passwords)

Every subcommand needs the acting user: --user NAME, with the password from LOKET_PASSWORD, --password-stdin, or a prompt. The new password for &quot;add&quot; and &quot;passwd&quot; comes from LOKET_NEW_PASSWORD, or is asked for twice in a terminal; it needs at least 8 characters and must not be the user name.
Adding, disabling, enabling and unlocking users and setting another user&apos;s password need an administrator; anyone may change their own password (the current one is LOKET_PASSWORD or asked for). Every change and every refusal is written to the audit log.
Exit codes: 0 done, 1 wrong arguments, 2 failed, 3 nothing to do (already disabled, not locked), 4 not allowed or wrong password.</source>
        <translation>Penggunaan: loketctl [--user NAME] user SUBCOMMAND [ARGS]

  user add USERNAME --name &quot;FULL NAME&quot; --role admin|supervisor|officer|followup [--nip NIP]
  user list [--json]
  user passwd [USERNAME]      (tanpa USERNAME: kata sandi Anda sendiri)
  user disable USERNAME
  user enable USERNAME
  user unlock USERNAME        (setelah terlalu banyak salah kata sandi)

Setiap subperintah memerlukan pengguna yang bertindak: --user NAME, dengan kata sandi dari LOKET_PASSWORD, --password-stdin, atau ditanyakan. Kata sandi baru untuk &quot;add&quot; dan &quot;passwd&quot; diambil dari LOKET_NEW_PASSWORD, atau ditanyakan dua kali di terminal; kata sandi itu minimal 8 karakter dan tidak boleh sama dengan nama pengguna.
Menambah, menonaktifkan, mengaktifkan, dan membuka kunci pengguna serta mengatur kata sandi pengguna lain memerlukan administrator; setiap orang boleh mengubah kata sandinya sendiri (kata sandi saat ini diambil dari LOKET_PASSWORD atau ditanyakan). Setiap perubahan dan setiap penolakan dicatat di log audit.
Kode keluar: 0 berhasil, 1 argumen salah, 2 gagal, 3 tidak ada yang perlu dilakukan (sudah dinonaktifkan, tidak terkunci), 4 tidak diizinkan atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] [--user NAME] [--password-stdin] [--json] COMMAND [ARGS]

Loket from the command line: the same rules and permissions as the application.

Commands:
</source>
        <translation>Penggunaan: loketctl [--database FILE] [--user NAME] [--password-stdin] [--json] COMMAND [ARGS]

Loket dari baris perintah: aturan dan izin yang sama dengan aplikasi.

Perintah:
</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>opsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Try &quot;loketctl --help&quot;.</source>
        <translation>perintah &quot;%1&quot; tidak dikenal. Coba &quot;loketctl --help&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) open</source>
        <translation>
            <numerusform>%n loket buka</numerusform>
        </translation>
    </message>
    <message>
        <source>counters (loket): list, add, change; open, pause, close, sign in</source>
        <translation>loket: menampilkan, menambah, mengubah; membuka, menjeda, menutup, masuk</translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] counter SUBCOMMAND [ARGS]

  counter list [--all] [--json]
  counter add NUMBER [--name &quot;NAME&quot;] [--services KTP,KK]
  counter update NUMBER [--number N] [--name &quot;NAME&quot;] [--services KTP,KK] [--active yes|no]
  counter open NUMBER | pause NUMBER --reason TEXT | close NUMBER | signin NUMBER [--json]

NUMBER is what the board announces (&quot;silakan menuju loket 2&quot;); the name defaults to &quot;Loket NUMBER&quot;. --services replaces the set of services the counter serves (service codes, comma-separated).
Changes need an administrator (--user NAME) and are written to the audit log.</source>
        <translation>Penggunaan: loketctl [--user NAME] counter SUBCOMMAND [ARGS]

  counter list [--all] [--json]
  counter add NUMBER [--name &quot;NAME&quot;] [--services KTP,KK]
  counter update NUMBER [--number N] [--name &quot;NAME&quot;] [--services KTP,KK] [--active yes|no]
  counter open NUMBER | pause NUMBER --reason TEXT | close NUMBER | signin NUMBER [--json]

NUMBER adalah nomor yang diumumkan layar antrian (&quot;silakan menuju loket 2&quot;); nama bawaannya &quot;Loket NUMBER&quot;. --services mengganti kumpulan layanan yang dilayani loket (kode layanan, dipisahkan koma).
Perubahan memerlukan administrator (--user NAME) dan dicatat di log audit.</translation>
    </message>
    <message>
        <source>give a subcommand: issue, call, recall, start, finish, noshow, hold, resume, transfer, cancel, show or print.</source>
        <translation>berikan subperintah: issue, call, recall, start, finish, noshow, hold, resume, transfer, cancel, show, atau print.</translation>
    </message>
    <message>
        <source>give the ticket: ticket print ID.</source>
        <translation>sebutkan nomor antriannya: ticket print ID.</translation>
    </message>
    <message>
        <source>--paper is 58 or 80 (mm).</source>
        <translation>--paper bernilai 58 atau 80 (mm).</translation>
    </message>
    <message>
        <source>--qr is native, raster or none.</source>
        <translation>--qr bernilai native, raster, atau none.</translation>
    </message>
    <message>
        <source>--escpos needs a file or HOST:PORT.</source>
        <translation>--escpos memerlukan berkas atau HOST:PORT.</translation>
    </message>
    <message>
        <source>Loket&apos;s printer is set to &quot;%1&quot;; loketctl prints only ESC/POS. Give --escpos FILE or HOST:PORT, or print from the Loket application.</source>
        <translation>Printer Loket diatur ke &quot;%1&quot;; loketctl hanya mencetak ESC/POS. Berikan --escpos FILE atau HOST:PORT, atau cetak dari aplikasi Loket.</translation>
    </message>
    <message>
        <source>Ticket %1 sent to %2 (%3 bytes of ESC/POS).</source>
        <translation>Nomor antrian %1 dikirim ke %2 (%3 byte ESC/POS).</translation>
    </message>
    <message>
        <source>give one file of ESC/POS bytes.</source>
        <translation>berikan satu berkas berisi perintah ESC/POS.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>show what a file of ESC/POS printer bytes prints, command by command</source>
        <translation>menampilkan isi cetakan sebuah berkas perintah printer ESC/POS, perintah demi perintah</translation>
    </message>
    <message>
        <source>Usage: loketctl escpos FILE

Reads ESC/POS bytes (e.g. written by &quot;loketctl ticket print ID --escpos FILE&quot;) and prints them as readable text with each printer command named: [INIT], [ALIGN center], [SIZE 4x4], the text lines, [QR …] with its payload, [CUT]. Needs no database.</source>
        <translation>Penggunaan: loketctl escpos FILE

Membaca perintah ESC/POS (misalnya yang ditulis oleh &quot;loketctl ticket print ID --escpos FILE&quot;) dan menampilkannya sebagai teks yang mudah dibaca dengan nama setiap perintah printer: [INIT], [ALIGN center], [SIZE 4x4], baris teks, [QR …] beserta isinya, [CUT]. Tidak memerlukan basis data.</translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] [--json] ticket SUBCOMMAND [ARGS]

  ticket issue --service CODE [--priority REASON] [--counter N]
  ticket call --counter N [--ticket ID --reason TEXT]
  ticket recall|start|noshow|resume ID [--counter N]
  ticket finish ID [--note TEXT] [--counter N]
  ticket hold ID [--reason TEXT] [--counter N]
  ticket cancel ID [--reason TEXT] [--counter N]
  ticket transfer ID [--service CODE] [--counter N]
  ticket show ID
  ticket print ID [--escpos FILE|HOST:PORT | --pdf FILE] [--paper 58|80] [--qr native|raster|none]

ID is today&apos;s ticket number (A-001) or the ticket&apos;s id. REASON is a priority reason code (lansia, disabilitas, ibu_hamil, ibu_anak, or one the office added).

&quot;ticket issue&quot; without --user issues as the kiosk: the kiosk is an unattended public screen, so issuing a ticket needs no sign-in. With --user and --counter it is issued by that officer at that counter for a citizen (paper-roll mode). Every other subcommand except &quot;show&quot; needs a signed-in officer (--user) and works at the counter the officer is signed in at (or --counter N). &quot;ticket call&quot; takes the next ticket by the ordering policy, or with --ticket one out of its turn (the reason is kept), and exits with 3 when no ticket is waiting. &quot;ticket transfer&quot; sends the ticket back to waiting for another service and/or one counter, keeping its arrival time. A supervisor who is not signed in at a counter may cancel or transfer any ticket. &quot;ticket print&quot; sends the ticket&apos;s printout as ESC/POS bytes to a file, a printer&apos;s device file or a network printer (default: the ESC/POS printer in the settings), or with --pdf writes it as a PDF on a roll-width page; it needs no user.

--json prints the ticket: id, number, service, status, counter, priority, issued_at, called_at (the first call), started_at, finished_at (ISO 8601, UTC), and more; &quot;ticket issue&quot; adds the position in line and the estimated wait.</source>
        <translation>Penggunaan: loketctl [--user NAME] [--json] ticket SUBCOMMAND [ARGS]

  ticket issue --service CODE [--priority REASON] [--counter N]
  ticket call --counter N [--ticket ID --reason TEXT]
  ticket recall|start|noshow|resume ID [--counter N]
  ticket finish ID [--note TEXT] [--counter N]
  ticket hold ID [--reason TEXT] [--counter N]
  ticket cancel ID [--reason TEXT] [--counter N]
  ticket transfer ID [--service CODE] [--counter N]
  ticket show ID
  ticket print ID [--escpos FILE|HOST:PORT | --pdf FILE] [--paper 58|80] [--qr native|raster|none]

ID adalah nomor antrian hari ini (A-001) atau id nomor antrian. REASON adalah kode alasan prioritas (lansia, disabilitas, ibu_hamil, ibu_anak, atau kode yang ditambahkan kantor).

&quot;ticket issue&quot; tanpa --user menerbitkan nomor antrian sebagai anjungan: anjungan adalah layar publik tanpa petugas, sehingga penerbitan nomor antrian tidak memerlukan masuk. Dengan --user dan --counter, nomor antrian diterbitkan oleh petugas tersebut di loket tersebut untuk warga (mode kertas gulung). Setiap subperintah lain kecuali &quot;show&quot; memerlukan petugas yang sudah masuk (--user) dan bekerja di loket tempat petugas itu masuk (atau --counter N). &quot;ticket call&quot; mengambil nomor antrian berikutnya menurut kebijakan urutan, atau dengan --ticket satu nomor di luar gilirannya (alasannya disimpan), dan keluar dengan kode 3 jika tidak ada nomor antrian yang menunggu. &quot;ticket transfer&quot; mengembalikan nomor antrian ke status menunggu untuk layanan lain dan/atau satu loket, dengan tetap memakai waktu kedatangannya. Supervisor yang tidak masuk di loket dapat membatalkan atau mengalihkan nomor antrian mana pun. &quot;ticket print&quot; mengirim cetakan nomor antrian sebagai byte ESC/POS ke sebuah berkas, berkas perangkat printer, atau printer jaringan (bawaan: printer ESC/POS di pengaturan), atau dengan --pdf menuliskannya sebagai PDF selebar gulungan kertas; perintah ini tidak memerlukan pengguna.

--json mencetak data nomor antrian: id, number, service, status, counter, priority, issued_at, called_at (panggilan pertama), started_at, finished_at (ISO 8601, UTC), dan lainnya; &quot;ticket issue&quot; menambahkan urutan dalam antrian dan perkiraan waktu tunggu.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf memerlukan nama berkas.</translation>
    </message>
    <message>
        <source>Ticket %1 written to %2 (PDF).</source>
        <translation>Nomor antrian %1 ditulis ke %2 (PDF).</translation>
    </message>
    <message>
        <source>new ticket: %1</source>
        <translation>nomor baru: %1</translation>
    </message>
    <message>
        <source>People ahead: %1, wait %2</source>
        <translation>Antrian di depan: %1, tunggu %2</translation>
    </message>
    <message>
        <source>, wait %1</source>
        <translation>, tunggu %1</translation>
    </message>
    <message>
        <source>issued at the counter</source>
        <translation>dibuat di loket</translation>
    </message>
    <message>
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
    <message>
        <source>called again</source>
        <translation>dipanggil ulang</translation>
    </message>
    <message>
        <source>service started</source>
        <translation>pelayanan dimulai</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>dilanjutkan</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>dialihkan</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>expired at day&apos;s end</source>
        <translation>kedaluwarsa di akhir hari</translation>
    </message>
    <message>
        <source>audit list takes only options.</source>
        <translation>audit list hanya menerima opsi.</translation>
    </message>
    <message>
        <source>--to is before --from: give the first day, then the last.</source>
        <translation>--to sebelum --from: berikan hari pertama, lalu hari terakhir.</translation>
    </message>
    <message>
        <source>--limit takes a number above 0.</source>
        <translation>--limit berisi angka di atas 0.</translation>
    </message>
    <message>
        <source>--outcome is ok, refused or failed.</source>
        <translation>--outcome berisi ok, refused atau failed.</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>Tidak ada catatan audit yang cocok.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>WAKTU</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>TINDAKAN</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>HASIL</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>KETERANGAN</translation>
    </message>
    <message>
        <source>Only the newest %1 entries are shown: narrow the period or raise --limit.</source>
        <translation>Hanya %1 catatan terbaru yang ditampilkan: persempit periode atau naikkan --limit.</translation>
    </message>
    <message>
        <source>read the audit log: who did what, and every refused attempt</source>
        <translation>membaca log audit: siapa melakukan apa, dan setiap percobaan yang ditolak</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>harian</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>bulanan</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>  Nothing would be deleted.</source>
        <translation>  Tidak ada yang akan dihapus.</translation>
    </message>
    <message>
        <source>  Nothing was deleted.</source>
        <translation>  Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>  It would delete %1 version(s) (%2 of them in force or once in force), %3 publication(s), %4 review(s), %5 consultation(s):</source>
        <translation>  Akan menghapus %1 versi (%2 di antaranya berlaku atau pernah berlaku), %3 publikasi, %4 peninjauan, %5 konsultasi:</translation>
    </message>
    <message>
        <source>  Deleted %1 version(s) (%2 of them in force or once in force), %3 publication(s), %4 review(s), %5 consultation(s):</source>
        <translation>  Terhapus %1 versi (%2 di antaranya berlaku atau pernah berlaku), %3 publikasi, %4 peninjauan, %5 konsultasi:</translation>
    </message>
    <message>
        <source>
Global options:
  --database FILE    the database file (default: LOKET_DATABASE, or %1)
  --user NAME        the acting user (default: LOKET_USER); password from LOKET_PASSWORD,
                     --password-stdin (first line of standard input), or asked for
  --json             print results as JSON
  --verbose          with an error, print its technical detail too
  --lang id|en       language of messages (default: LOKET_LANG, or id)
  --help             this help; &quot;loketctl COMMAND --help&quot; for a command

Exit codes:
  0  done
  1  wrong arguments (usage)
  2  the command failed: the reason is on standard error
  3  nothing to do (e.g. no ticket waiting)
  4  not logged in, wrong password, locked account, or not allowed
</source>
        <translation>
Opsi global:
  --database FILE    berkas basis data (bawaan: LOKET_DATABASE, atau %1)
  --user NAME        pengguna yang bertindak (bawaan: LOKET_USER); kata sandi dari LOKET_PASSWORD,
                     --password-stdin (baris pertama masukan standar), atau ditanyakan
  --json             cetak hasil sebagai JSON
  --verbose          pada kesalahan, cetak juga rincian teknisnya
  --lang id|en       bahasa pesan (bawaan: LOKET_LANG, atau id)
  --help             bantuan ini; &quot;loketctl COMMAND --help&quot; untuk suatu perintah

Kode keluar:
  0  berhasil
  1  argumen salah (penggunaan)
  2  perintah gagal: alasannya ada di keluaran galat standar
  3  tidak ada yang perlu dilakukan (mis. tidak ada nomor antrian yang menunggu)
  4  belum masuk, kata sandi salah, akun terkunci, atau tidak diizinkan
</translation>
    </message>
    <message>
        <source>The backup %1 is good (schema version %2, saved %3).</source>
        <translation>Cadangan %1 baik (versi skema %2, disimpan %3).</translation>
    </message>
    <message>
        <source>Restoring it replaces the database %1, which is then kept as %1.replaced-DATE-TIME.</source>
        <translation>Memulihkannya mengganti basis data %1, yang lalu disimpan sebagai %1.replaced-TANGGAL-JAM.</translation>
    </message>
    <message>
        <source>Restore it now? Type &quot;yes&quot; to restore: </source>
        <translation>Pulihkan sekarang? Ketik &quot;ya&quot; untuk memulihkan: </translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --force to restore.</source>
        <translation>Tidak ada yang diubah: jalankan lagi dengan --force untuk memulihkan.</translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation>audit verify tidak menerima argumen.</translation>
    </message>
    <message>
        <source>The audit log chain is intact: %1 entries.</source>
        <translation>Rantai log audit utuh: %1 entri.</translation>
    </message>
    <message>
        <source>It reaches the end recorded in %1 (%2 entries).</source>
        <translation>Rantai mencapai ujung yang tercatat di %1 (%2 entri).</translation>
    </message>
    <message>
        <source>The audit log chain is %1. The log was changed outside Loket; keep this database and its backups as they are and report it.</source>
        <translation>Rantai log audit %1. Log diubah di luar Loket; biarkan basis data ini dan cadangannya apa adanya, lalu laporkan.</translation>
    </message>
    <message>
        <source>Usage: loketctl --user NAME audit list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--user NAME] [--action CODE] [--outcome ok|refused|failed] [--limit N] [--json]

The audit log, newest first, in the chosen language.
  --from, --to   the office days to show (both included; default: all)
  --user NAME    only what this user did (after the command: the global --user signs in)
  --action CODE  one action (e.g. user.add) or a family ending in a dot (e.g. user.)
  --outcome      only entries with this outcome
  --limit N      at most N entries (default 1000)
  --json         the entries with their stable codes, for scripts

       loketctl --user NAME audit verify [--json]

verify recomputes the log&apos;s hash chain and compares its end with the newest backup&apos;s; it names the first entry that does not match (changed, removed, added or back-dated outside Loket) and exits 2.

Needs an administrator or a supervisor; a refusal is itself recorded in the log.
Exit codes: 0 done (the chain is intact), 1 wrong arguments, 2 failed or the chain is broken, 4 not allowed or wrong password.</source>
        <translation>Penggunaan: loketctl --user NAMA audit list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--user NAMA] [--action KODE] [--outcome ok|refused|failed] [--limit N] [--json]

Log audit, terbaru lebih dulu, dalam bahasa yang dipilih.
  --from, --to   hari kantor yang ditampilkan (keduanya termasuk; bawaan: semua)
  --user NAMA    hanya yang dilakukan pengguna ini (setelah perintah: --user global untuk masuk)
  --action KODE  satu tindakan (mis. user.add) atau satu kelompok yang diakhiri titik (mis. user.)
  --outcome      hanya catatan dengan hasil ini
  --limit N      paling banyak N catatan (bawaan 1000)
  --json         catatan dengan kode tetapnya, untuk skrip

       loketctl --user NAMA audit verify [--json]

verify menghitung ulang rantai hash log dan membandingkan ujungnya dengan cadangan terbaru; perintah ini menyebut entri pertama yang tidak cocok (diubah, dihapus, ditambahkan, atau diberi tanggal mundur di luar Loket) dan keluar dengan kode 2.

Perlu administrator atau supervisor; penolakan juga dicatat di log.
Kode keluar: 0 selesai (rantai utuh), 1 argumen salah, 2 gagal atau rantai rusak, 4 tidak diizinkan atau kata sandi salah.</translation>
    </message>
    <message>
        <source>audit knows &quot;list&quot; and &quot;verify&quot;.</source>
        <translation>audit mengenal &quot;list&quot; dan &quot;verify&quot;.</translation>
    </message>
    <message>
        <source>give a subcommand: list, show, export, import, set, review-due, compliance or print.</source>
        <translation>berikan subperintah: list, show, export, import, set, review-due, compliance, atau print.</translation>
    </message>
    <message>
        <source>--kind is a4, poster or maklumat.</source>
        <translation>--kind adalah a4, poster, atau maklumat.</translation>
    </message>
    <message>
        <source>print needs --pdf FILE: the PDF to write.</source>
        <translation>print memerlukan --pdf FILE: berkas PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>the Maklumat Pelayanan is the whole office&apos;s: give no service code with --kind maklumat.</source>
        <translation>Maklumat Pelayanan berlaku untuk seluruh kantor: jangan berikan kode layanan dengan --kind maklumat.</translation>
    </message>
    <message>
        <source>service standards: list, show, export, import, set, reviews, compliance, print</source>
        <translation>standar pelayanan: daftar, tampilkan, ekspor, impor, tetapkan, peninjauan, kepatuhan, cetak</translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] [--user NAME] [--json] standard SUBCOMMAND

  list [--date D]                     every service with its standard in force, draft and review date
  show CODE [--version N] [--date D]  the 14 components of the version in force (or version N)
  export [--format json|csv] [--to FILE] [--date D]
                                      the whole register as JSON, or the public part (six components)
                                      of the versions in force as CSV; to standard output without --to
  import FILE [--format json|csv] [--dry-run]
                                      JSON replaces the register of the services in the file; CSV writes
                                      the six public components into drafts. The whole file is checked
                                      first: on any problem nothing changes (see docs/standards-json.md)
  set CODE --decree NO --decree-date DATE --effective DATE
                                      sets the draft by decree; the version in force ends the day before
  review-due [--date D] [--within DAYS]
                                      standards overdue for their yearly review, or due within DAYS (30)
  compliance [--date D]               what evaluators check, per service and for the office
  print CODE --pdf FILE [--kind a4|poster] [--version N] [--date D]
                                      the standard on A4 with letterhead and signature (a4), or its
                                      public part on one page for the counter wall (poster), as a PDF,
                                      printed as the application prints it; the version as for show
  print --kind maklumat --pdf FILE    the office&apos;s Maklumat Pelayanan on one A4 page, as a PDF

Dates are YYYY-MM-DD; --date defaults to today in the office&apos;s time zone. Reading needs no sign-in
(a standard is a public document); import and set need --user with the ManageStandards permission
(supervisor or administrator). Exit codes: 0 done, 1 usage, 2 error (an import with problems lists
them all), 3 the service has no standard yet (show), 4 not allowed.</source>
        <translation>Penggunaan: loketctl [--database FILE] [--user NAME] [--json] standard SUBCOMMAND

  list [--date D]                     setiap layanan dengan standar pelayanan yang berlaku, draf, dan tanggal peninjauan
  show CODE [--version N] [--date D]  ke-14 komponen versi yang berlaku (atau versi N)
  export [--format json|csv] [--to FILE] [--date D]
                                      seluruh register sebagai JSON, atau bagian publik (enam komponen)
                                      dari versi yang berlaku sebagai CSV; ke keluaran standar tanpa --to
  import FILE [--format json|csv] [--dry-run]
                                      JSON mengganti register layanan yang ada di berkas; CSV menulis
                                      enam komponen publik ke dalam draf. Seluruh berkas diperiksa
                                      terlebih dahulu: jika ada masalah, tidak ada yang berubah (lihat docs/standards-json.md)
  set CODE --decree NO --decree-date DATE --effective DATE
                                      menetapkan draf dengan SK; versi yang berlaku berakhir sehari sebelumnya
  review-due [--date D] [--within DAYS]
                                      standar pelayanan yang terlambat ditinjau tahunan, atau jatuh tempo dalam DAYS (30) hari
  compliance [--date D]               yang diperiksa evaluator, per layanan dan untuk kantor
  print CODE --pdf FILE [--kind a4|poster] [--version N] [--date D]
                                      standar pelayanan pada A4 dengan kop surat dan tanda tangan (a4), atau
                                      bagian publiknya pada satu halaman untuk dinding loket (poster), sebagai PDF,
                                      dicetak sama seperti oleh aplikasi; versinya dipilih seperti pada show
  print --kind maklumat --pdf FILE    Maklumat Pelayanan kantor pada satu halaman A4, sebagai PDF

Tanggal ditulis YYYY-MM-DD; --date bawaannya hari ini menurut zona waktu kantor. Membaca tidak memerlukan masuk
(standar pelayanan adalah dokumen publik); import dan set memerlukan --user dengan izin ManageStandards
(supervisor atau administrator). Kode keluar: 0 berhasil, 1 penggunaan salah, 2 kesalahan (impor yang bermasalah
menyebutkan semua masalahnya), 3 layanan belum memiliki standar pelayanan (show, print), 4 tidak diizinkan.</translation>
    </message>
    <message>
        <source>The Maklumat Pelayanan</source>
        <translation>Maklumat Pelayanan</translation>
    </message>
    <message>
        <source>The poster of %1, version %2</source>
        <translation>Poster %1, versi %2</translation>
    </message>
    <message>
        <source>The standard of %1, version %2</source>
        <translation>Standar pelayanan %1, versi %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was written to %2 (PDF, A4, %n page(s)).</source>
        <translation>
            <numerusform>%1 telah ditulis ke %2 (PDF, A4, %n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>complaint add takes options only; put texts in quotes.</source>
        <translation>complaint add hanya menerima opsi; apit teks dengan tanda kutip.</translation>
    </message>
    <message>
        <source>--channel is needed: how the complaint came in (%1).</source>
        <translation>--channel wajib diisi: saluran masuknya pengaduan (%1).</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; the channels are: %2.</source>
        <translation>saluran &quot;%1&quot; tidak dikenal; salurannya: %2.</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; the types are: %2.</source>
        <translation>jenis &quot;%1&quot; tidak dikenal; jenisnya: %2.</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;; the tiers are: %2.</source>
        <translation>kategori &quot;%1&quot; tidak dikenal; kategorinya: %2.</translation>
    </message>
    <message>
        <source>--ticket needs the ticket&apos;s id (a whole number).</source>
        <translation>--ticket memerlukan id nomor antrian (bilangan bulat).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of receipt: write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-01T09:30.</source>
        <translation>&quot;%1&quot; bukan waktu penerimaan: tulis sebagai YYYY-MM-DDTHH:MM, misalnya 2026-12-01T09:30.</translation>
    </message>
    <message>
        <source>Complaint logged: %1. Give this number to the complainant.</source>
        <translation>Pengaduan dicatat: %1. Berikan nomor ini kepada pelapor.</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>waktu dihentikan</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>terlambat %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>sisa %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Type, tier</source>
        <translation>Jenis, kategori</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Verify by</source>
        <translation>Verifikasi paling lambat</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (selesai)</translation>
    </message>
    <message>
        <source>First follow-up by</source>
        <translation>Tindak lanjut awal paling lambat</translation>
    </message>
    <message>
        <source>Settle by</source>
        <translation>Selesai paling lambat</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Closes by itself</source>
        <translation>Tutup otomatis</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ditugaskan kepada</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Nomor antrian</translation>
    </message>
    <message>
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>dirahasiakan</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>DITERIMA</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>SISA WAKTU</translation>
    </message>
    <message>
        <source>ASSIGNED TO</source>
        <translation>PETUGAS</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RINGKASAN</translation>
    </message>
    <message>
        <source>No complaint matches.</source>
        <translation>Tidak ada pengaduan yang cocok.</translation>
    </message>
    <message>
        <source>choose one of --mine, --overdue, --due-soon, --unassigned and --all.</source>
        <translation>pilih salah satu dari --mine, --overdue, --due-soon, --unassigned, dan --all.</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; the states are: %2.</source>
        <translation>status &quot;%1&quot; tidak dikenal; statusnya: %2.</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;.</source>
        <translation>saluran &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation>--limit memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <source>complaint show takes one register number.</source>
        <translation>complaint show memerlukan satu nomor registrasi.</translation>
    </message>
    <message>
        <source>Complainant (this view is recorded in the audit log):</source>
        <translation>Pelapor (tampilan ini dicatat dalam log audit):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Complainant: kept confidential (only the follow-up team and supervisors may see it).</source>
        <translation>Pelapor: dirahasiakan (hanya tim tindak lanjut dan supervisor yang boleh melihat).</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Uraian kejadian:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Riwayat:</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>complaint search needs the words to look for.</source>
        <translation>complaint search memerlukan kata yang dicari.</translation>
    </message>
    <message>
        <source>complaint verify takes no arguments.</source>
        <translation>complaint verify tidak memerlukan argumen.</translation>
    </message>
    <message>
        <source>The complaint history chain is intact: %1 events.</source>
        <translation>Rantai riwayat pengaduan utuh: %1 peristiwa.</translation>
    </message>
    <message>
        <source>The complaint history chain is %1. The history was changed outside Loket; keep this database and its backups as they are and report it.</source>
        <translation>Rantai riwayat pengaduan %1. Riwayat telah diubah di luar Loket; biarkan basis data ini dan cadangannya apa adanya, lalu laporkan.</translation>
    </message>
    <message>
        <source>the complaint log: log, follow up, close, search, verify</source>
        <translation>register pengaduan: catat, tindak lanjuti, tutup, cari, periksa</translation>
    </message>
    <message>
        <source>complaint knows add, list, show, search, verify, report, receipt, letter, %1.</source>
        <translation>complaint mengenal add, list, show, search, verify, report, receipt, letter, %1.</translation>
    </message>
    <message>
        <source>wrong arguments for &quot;complaint %1&quot;; see loketctl complaint --help.</source>
        <translation>argumen &quot;complaint %1&quot; salah; lihat loketctl complaint --help.</translation>
    </message>
    <message>
        <source>complaint auto-close takes no arguments.</source>
        <translation>complaint auto-close tidak memerlukan argumen.</translation>
    </message>
    <message>
        <source>--through needs a date, YYYY-MM-DD.</source>
        <translation>--through memerlukan tanggal, YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) closed automatically.</source>
        <translation>
            <numerusform>%n pengaduan ditutup otomatis.</numerusform>
        </translation>
    </message>
    <message>
        <source>--outcome is complete, incomplete, not_our_authority or archived.</source>
        <translation>--outcome berisi complete, incomplete, not_our_authority, atau archived.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Tidak ada pengguna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Demo office written to %1 in %2 s:
  %3 services with their standards, %4 counters, %5 users
  %6 working days, %7 tickets (%8 priority, %9 no-shows), %10 waiting now
Accounts: admin/admin123, camat/camat123, sekcam/sekcam123, petugas1…petugas6/petugas123, tl1/tindak123, tl2/tindak123</source>
        <translation>Kantor demo ditulis ke %1 dalam %2 detik:
  %3 layanan beserta standar pelayanannya, %4 loket, %5 pengguna
  %6 hari kerja, %7 nomor antrian (%8 prioritas, %9 tidak hadir), %10 sedang menunggu
Akun: admin/admin123, camat/camat123, sekcam/sekcam123, petugas1…petugas6/petugas123, tl1/tindak123, tl2/tindak123</translation>
    </message>
    <message numerus="yes">
        <source>  %n complaint(s) in the complaint log</source>
        <translation>
            <numerusform>  %n pengaduan dalam register pengaduan</numerusform>
        </translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>JUMLAH</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PERSENTASE</translation>
    </message>
    <message>
        <source>Complaint report for %1 (state as of %2)</source>
        <translation>Laporan pengaduan bulan %1 (keadaan per %2)</translation>
    </message>
    <message>
        <source>Followed up to completion</source>
        <translation>Ditindaklanjuti sampai tuntas</translation>
    </message>
    <message>
        <source>Past the settlement deadline</source>
        <translation>Melewati tenggat penyelesaian</translation>
    </message>
    <message>
        <source>%1 (answered late %2, still open %3)</source>
        <translation>%1 (ditanggapi terlambat %2, masih terbuka %3)</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>SALURAN</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>JENIS</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>KATEGORI</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>LAYANAN</translation>
    </message>
    <message>
        <source>FIRST RESPONSE</source>
        <translation>TANGGAPAN PERTAMA</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>TENGGAT</translation>
    </message>
    <message>
        <source>IN TIME</source>
        <translation>TEPAT WAKTU</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>TERLAMBAT</translation>
    </message>
    <message>
        <source>MISSED, OPEN</source>
        <translation>LEWAT, TERBUKA</translation>
    </message>
    <message>
        <source>NOT YET DUE</source>
        <translation>BELUM JATUH TEMPO</translation>
    </message>
    <message>
        <source>NOT NEEDED</source>
        <translation>TIDAK DIPERLUKAN</translation>
    </message>
    <message>
        <source>complaint report takes no arguments besides its options.</source>
        <translation>complaint report tidak menerima argumen selain opsinya.</translation>
    </message>
    <message>
        <source>complaint report needs --month YYYY-MM (for example --month 2026-12).</source>
        <translation>complaint report memerlukan --month YYYY-MM (misalnya --month 2026-12).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: give it as YYYY-MM, the month from 01 to 12 (for example --month 2026-12).</source>
        <translation>&quot;%1&quot; bukan bulan: tuliskan sebagai YYYY-MM, bulannya 01 sampai 12 (misalnya --month 2026-12).</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 memerlukan nama berkas.</translation>
    </message>
    <message numerus="yes">
        <source>The report was written to %1 (PDF, A4, %n page(s)).</source>
        <translation>
            <numerusform>Laporan ditulis ke %1 (PDF, A4, %n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was written to %1 (spreadsheet).</source>
        <translation>Laporan ditulis ke %1 (lembar kerja).</translation>
    </message>
    <message>
        <source>complaint receipt takes one register number.</source>
        <translation>complaint receipt menerima satu nomor registrasi.</translation>
    </message>
    <message>
        <source>complaint receipt needs --escpos FILE or --pdf FILE.</source>
        <translation>complaint receipt memerlukan salah satu dari --escpos FILE atau --pdf FILE.</translation>
    </message>
    <message>
        <source>--escpos and --pdf need a file name.</source>
        <translation>--escpos dan --pdf memerlukan nama berkas.</translation>
    </message>
    <message>
        <source>The receipt of complaint %1 was written to %2 (PDF, A5).</source>
        <translation>Tanda terima pengaduan %1 ditulis ke %2 (PDF, A5).</translation>
    </message>
    <message>
        <source>The receipt of complaint %1 was written to %2 (ESC/POS).</source>
        <translation>Tanda terima pengaduan %1 ditulis ke %2 (ESC/POS).</translation>
    </message>
    <message>
        <source>complaint letter takes one register number.</source>
        <translation>complaint letter menerima satu nomor registrasi.</translation>
    </message>
    <message>
        <source>complaint letter needs --pdf FILE.</source>
        <translation>complaint letter memerlukan --pdf FILE.</translation>
    </message>
    <message numerus="yes">
        <source>The response letter to complaint %1 was written to %2 (PDF, A4, %n page(s)).</source>
        <translation>
            <numerusform>Surat tanggapan pengaduan %1 ditulis ke %2 (PDF, A4, %n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: loketctl --user NAME complaint SUBCOMMAND [ARGS] [--json]

  complaint add --channel C --summary TEXT [--type T] [--tier T] [--service CODE] [--component C]
                [--details TEXT] [--loss TEXT] [--remedy TEXT] [--name N] [--phone P] [--email E]
                [--address A] [--anonymous] [--confidential] [--received YYYY-MM-DDTHH:MM]
                [--ticket ID] [--lapor NO] [--attach FILE]...
  complaint list [--mine|--unassigned|--due-soon|--overdue|--all] [--state S] [--channel C]
                 [--service CODE] [--limit N]      (default: the open ones, the nearest deadline first)
  complaint show NUMBER          the complaint, its history and attachments; the complainant only for
                                 the follow-up team and supervisors (the view is recorded)
  complaint verify-step NUMBER --outcome complete|incomplete|not_our_authority|archived
                                 [--note TEXT] [--to OFFICE]
  complaint assign NUMBER USER [--note TEXT]
  complaint note NUMBER TEXT
  complaint respond NUMBER TEXT [--letter NO]
  complaint wait NUMBER REASON   waiting for the complainant: the deadlines stand still
  complaint resume NUMBER [--note TEXT]
  complaint close NUMBER [--note TEXT]
  complaint reopen NUMBER REASON
  complaint attach NUMBER FILE...  photos (JPEG, PNG) or PDF scans
  complaint auto-close [--through YYYY-MM-DD]  close what went unanswered after the response
  complaint search WORDS...
  complaint verify               recompute the history&apos;s hash chain
  complaint report --month YYYY-MM [--pdf FILE] [--xlsx FILE]  the monthly report (supervisors)
  complaint receipt NUMBER --escpos FILE|--pdf FILE [--paper 58|80]  the complainant&apos;s receipt
                                 (ticket printer bytes, or A5 PDF); never the person of a rahasia one
  complaint letter NUMBER --pdf FILE  the response letter on the letterhead (A4), signed by you

NUMBER is the register number (ADU/2026/12/0001) or the id. Channels: langsung, surat, telepon, sms, email, website, media_sosial, whatsapp, kotak_saran, lapor. Types: aspirasi, pengaduan (default), permintaan_informasi. Tiers: ringan, normatif (default), tidak_berkadar_pengawasan, berkadar_pengawasan. --received is the office&apos;s wall time (a letter keeps the time it arrived).
Exit codes: 0 done, 1 wrong arguments, 2 failed or the chain is broken, 3 nothing to do, 4 not allowed.</source>
        <translation>Pemakaian: loketctl --user NAME complaint SUBCOMMAND [ARGS] [--json]

  complaint add --channel C --summary TEXT [--type T] [--tier T] [--service CODE] [--component C]
                [--details TEXT] [--loss TEXT] [--remedy TEXT] [--name N] [--phone P] [--email E]
                [--address A] [--anonymous] [--confidential] [--received YYYY-MM-DDTHH:MM]
                [--ticket ID] [--lapor NO] [--attach FILE]...
  complaint list [--mine|--unassigned|--due-soon|--overdue|--all] [--state S] [--channel C]
                 [--service CODE] [--limit N]      (bawaan: yang masih terbuka, tenggat terdekat dahulu)
  complaint show NUMBER          pengaduan, riwayat, dan lampirannya; pelapor hanya untuk
                                 tim tindak lanjut dan supervisor (tampilan dicatat)
  complaint verify-step NUMBER --outcome complete|incomplete|not_our_authority|archived
                                 [--note TEXT] [--to OFFICE]
  complaint assign NUMBER USER [--note TEXT]
  complaint note NUMBER TEXT
  complaint respond NUMBER TEXT [--letter NO]
  complaint wait NUMBER REASON   menunggu pelapor: tenggat dihentikan
  complaint resume NUMBER [--note TEXT]
  complaint close NUMBER [--note TEXT]
  complaint reopen NUMBER REASON
  complaint attach NUMBER FILE...  foto (JPEG, PNG) atau pindaian PDF
  complaint auto-close [--through YYYY-MM-DD]  tutup yang tidak dijawab setelah tanggapan
  complaint search WORDS...
  complaint verify               hitung ulang rantai hash riwayat
  complaint report --month YYYY-MM [--pdf FILE] [--xlsx FILE]  laporan bulanan (supervisor)
  complaint receipt NUMBER --escpos FILE|--pdf FILE [--paper 58|80]  tanda terima pelapor
                                 (bita printer tiket, atau PDF A5); pelapor rahasia tidak pernah dicetak
  complaint letter NUMBER --pdf FILE  surat tanggapan berkop (A4), ditandatangani oleh Anda

NUMBER adalah nomor registrasi (ADU/2026/12/0001) atau id. Saluran: langsung, surat, telepon, sms, email, website, media_sosial, whatsapp, kotak_saran, lapor. Jenis: aspirasi, pengaduan (bawaan), permintaan_informasi. Kategori: ringan, normatif (bawaan), tidak_berkadar_pengawasan, berkadar_pengawasan. --received adalah jam kantor setempat (surat memakai waktu kedatangannya).
Kode keluar: 0 selesai, 1 argumen salah, 2 gagal atau rantai rusak, 3 tidak ada yang dikerjakan, 4 tidak diizinkan.</translation>
    </message>
    <message numerus="yes">
        <source>  %n suggestion-box opening(s) with signed minutes</source>
        <translation>
            <numerusform>  %n pembukaan kotak saran dengan berita acara bertanda tangan</numerusform>
        </translation>
    </message>
    <message>
        <source>a month is written YYYY-MM, e.g. 2026-11.</source>
        <translation>bulan ditulis YYYY-MM, misalnya 2026-11.</translation>
    </message>
    <message>
        <source>suggestion box add needs --name.</source>
        <translation>suggestion box add memerlukan --name.</translation>
    </message>
    <message>
        <source>Box %1 added: %2 (%3).</source>
        <translation>Kotak %1 ditambahkan: %2 (%3).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>KOTAK</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOKASI</translation>
    </message>
    <message>
        <source>LAST OPENED</source>
        <translation>TERAKHIR DIBUKA</translation>
    </message>
    <message>
        <source>IN USE</source>
        <translation>DIGUNAKAN</translation>
    </message>
    <message>
        <source>No suggestion box yet: add one with &quot;suggestion box add&quot;.</source>
        <translation>Belum ada kotak saran: tambahkan dengan &quot;suggestion box add&quot;.</translation>
    </message>
    <message>
        <source>suggestion box update takes the box&apos;s id.</source>
        <translation>suggestion box update memerlukan id kotak.</translation>
    </message>
    <message>
        <source>There is no box %1.</source>
        <translation>Tidak ada kotak %1.</translation>
    </message>
    <message>
        <source>Box %1 saved.</source>
        <translation>Kotak %1 disimpan.</translation>
    </message>
    <message>
        <source>suggestion box add|list|update.</source>
        <translation>suggestion box add|list|update.</translation>
    </message>
    <message>
        <source>suggestion session open needs --box ID and --date YYYY-MM-DD.</source>
        <translation>suggestion session open memerlukan --box ID dan --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--date is written YYYY-MM-DD.</source>
        <translation>--date ditulis YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--time is written HH:MM (the office&apos;s time).</source>
        <translation>--time ditulis HH:MM (jam kantor).</translation>
    </message>
    <message>
        <source>--seal is utuh or rusak.</source>
        <translation>--seal bernilai utuh atau rusak.</translation>
    </message>
    <message>
        <source>Opening %1 recorded as a draft: %2, %3, period %4 to %5.</source>
        <translation>Pembukaan %1 dicatat sebagai draf: %2, %3, periode %4 sampai %5.</translation>
    </message>
    <message>
        <source>suggestion session member takes the session.</source>
        <translation>suggestion session member memerlukan sesi pembukaan.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Dihapus.</translation>
    </message>
    <message>
        <source>suggestion session member needs --name and --role opener|witness.</source>
        <translation>suggestion session member memerlukan --name dan --role opener|witness.</translation>
    </message>
    <message>
        <source>%1 recorded: %2 (%3).</source>
        <translation>%1 dicatat: %2 (%3).</translation>
    </message>
    <message>
        <source>suggestion session discard takes the session and --reason.</source>
        <translation>suggestion session discard memerlukan sesi pembukaan dan --reason.</translation>
    </message>
    <message>
        <source>Opening %1 discarded.</source>
        <translation>Pembukaan %1 dibatalkan.</translation>
    </message>
    <message>
        <source>suggestion session open|member|discard.</source>
        <translation>suggestion session open|member|discard.</translation>
    </message>
    <message>
        <source>suggestion slip %1 takes one argument (the session for add, else the slip&apos;s id).</source>
        <translation>suggestion slip %1 memerlukan satu argumen (sesi pembukaan untuk add, selain itu id lembar).</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; the kinds are: %2.</source>
        <translation>jenis &quot;%1&quot; tidak dikenal; jenisnya: %2.</translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;; the decisions are: %2.</source>
        <translation>keputusan &quot;%1&quot; tidak dikenal; keputusannya: %2.</translation>
    </message>
    <message>
        <source>--target is written YYYY-MM-DD.</source>
        <translation>--target ditulis YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>suggestion slip add needs --kind (%1).</source>
        <translation>suggestion slip add memerlukan --kind (%1).</translation>
    </message>
    <message>
        <source>Slip removed; the ones after it moved up a number.</source>
        <translation>Lembar dihapus; lembar sesudahnya maju satu nomor.</translation>
    </message>
    <message>
        <source>suggestion slip add|update|remove|done|scan.</source>
        <translation>suggestion slip add|update|remove|done|scan.</translation>
    </message>
    <message>
        <source>Slip %1 (id %2): %3, %4.</source>
        <translation>Lembar %1 (id %2): %3, %4.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>belum diputuskan</translation>
    </message>
    <message>
        <source>suggestion sign takes the session.</source>
        <translation>suggestion sign memerlukan sesi pembukaan.</translation>
    </message>
    <message>
        <source>Minutes %1 signed. Complaints for the follow-up team: %2.</source>
        <translation>Berita acara %1 ditandatangani. Pengaduan untuk tim tindak lanjut: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>the suggestion boxes: monthly opening, slips, signed minutes</source>
        <translation>kotak saran: pembukaan bulanan, lembar saran, berita acara bertanda tangan</translation>
    </message>
    <message>
        <source>Usage: loketctl --user NAME suggestion SUBCOMMAND [ARGS] [--json]

  suggestion box add --name N [--location L]
  suggestion box list [--all]
  suggestion box update ID [--name N] [--location L] [--disable|--enable]
  suggestion session open --box ID --date YYYY-MM-DD [--time HH:MM] [--place P] [--period YYYY-MM]
                          [--seal utuh|rusak] [--seal-note TEXT]   (supervisors)
  suggestion session member SESSION --name N [--nip NIP] --role opener|witness [--team-role R]
  suggestion session member SESSION --remove MEMBER
  suggestion session discard SESSION --reason TEXT
  suggestion slip add SESSION --kind K --summary TEXT [--service CODE] [--element U1..U9]
                      [--decision D] [--owner USER] [--target YYYY-MM-DD]
  suggestion slip update SLIP [the same options]    suggestion slip remove SLIP
  suggestion slip scan SLIP --file FILE              a PNG, JPEG or PDF scan of the slip
  suggestion slip done SLIP --note TEXT              after signing: what was done about it
  suggestion sign SESSION        the minutes&apos; number; slips for the follow-up team become complaints
  suggestion minutes SESSION --pdf FILE   the minutes (Berita Acara) on the letterhead, A4
  suggestion list [--month YYYY-MM]
  suggestion show SESSION        the opening, its team, slips and what is missing before signing
  suggestion review [--month YYYY-MM]   the last 12 months: by kind, services, themes, open decisions
  suggestion reminders           boxes not yet opened this month (from the reminder day)

SESSION is the minutes&apos; number (BA/KS/2026/11/01) or the id. Kinds: pengaduan, saran, apresiasi, pertanyaan, kosong. Decisions: tindak_lanjut (to the follow-up team: a complaint, received at the opening), dijawab, arsip, lapor (SP4N-LAPOR!), bukan_kewenangan. A witness without --nip is a member of the public.
Exit codes: 0 done, 1 wrong arguments, 2 failed, 4 not allowed (also: the minutes are signed).</source>
        <translation>Penggunaan: loketctl --user NAMA suggestion SUBPERINTAH [ARG] [--json]

  suggestion box add --name N [--location L]
  suggestion box list [--all]
  suggestion box update ID [--name N] [--location L] [--disable|--enable]
  suggestion session open --box ID --date YYYY-MM-DD [--time HH:MM] [--place P] [--period YYYY-MM]
                          [--seal utuh|rusak] [--seal-note TEKS]   (supervisor)
  suggestion session member SESI --name N [--nip NIP] --role opener|witness [--team-role R]
  suggestion session member SESI --remove ANGGOTA
  suggestion session discard SESI --reason TEKS
  suggestion slip add SESI --kind K --summary TEKS [--service KODE] [--element U1..U9]
                      [--decision D] [--owner PENGGUNA] [--target YYYY-MM-DD]
  suggestion slip update LEMBAR [opsi yang sama]    suggestion slip remove LEMBAR
  suggestion slip scan LEMBAR --file BERKAS          pindaian lembar (PNG, JPEG atau PDF)
  suggestion slip done LEMBAR --note TEKS            setelah ditandatangani: apa yang sudah dilakukan
  suggestion sign SESI           memberi nomor berita acara; lembar untuk tim tindak lanjut menjadi pengaduan
  suggestion minutes SESI --pdf BERKAS   berita acara pada kop surat, A4
  suggestion list [--month YYYY-MM]
  suggestion show SESI           pembukaan, timnya, lembar-lembarnya dan apa yang kurang sebelum ditandatangani
  suggestion review [--month YYYY-MM]   12 bulan terakhir: per jenis, layanan, tema berulang, keputusan terbuka
  suggestion reminders           kotak yang belum dibuka bulan ini (mulai tanggal pengingat)

SESI adalah nomor berita acara (BA/KS/2026/11/01) atau id-nya. Jenis: pengaduan, saran, apresiasi, pertanyaan, kosong. Keputusan: tindak_lanjut (ke tim tindak lanjut: menjadi pengaduan yang diterima pada tanggal pembukaan), dijawab, arsip, lapor (SP4N-LAPOR!), bukan_kewenangan. Saksi tanpa --nip adalah unsur masyarakat.
Kode keluar: 0 berhasil, 1 argumen salah, 2 gagal, 4 tidak diizinkan (juga: berita acara sudah ditandatangani).</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(belum diputuskan)</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>BERITA ACARA</translation>
    </message>
    <message>
        <source>OPENED</source>
        <translation>DIBUKA</translation>
    </message>
    <message>
        <source>SLIPS</source>
        <translation>LEMBAR</translation>
    </message>
    <message>
        <source>No opening recorded.</source>
        <translation>Belum ada pembukaan yang dicatat.</translation>
    </message>
    <message>
        <source>suggestion show takes the session.</source>
        <translation>suggestion show memerlukan sesi pembukaan.</translation>
    </message>
    <message>
        <source>(draft, not signed)</source>
        <translation>(draf, belum ditandatangani)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Segel</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Hadir:</translation>
    </message>
    <message>
        <source>Slips:</source>
        <translation>Lembar:</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s): </source>
        <translation>
            <numerusform>%n lembar: </numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to be signed.</source>
        <translation>Siap ditandatangani.</translation>
    </message>
    <message>
        <source>Not ready to be signed:</source>
        <translation>Belum siap ditandatangani:</translation>
    </message>
    <message>
        <source>suggestion minutes takes the session and --pdf FILE.</source>
        <translation>suggestion minutes memerlukan sesi pembukaan dan --pdf BERKAS.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Berita acara ditulis ke %1 (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>BULAN</translation>
    </message>
    <message>
        <source>Decisions to carry out: %1, done %2, overdue %3.</source>
        <translation>Keputusan yang harus dilaksanakan: %1, selesai %2, terlambat %3.</translation>
    </message>
    <message>
        <source>Themes that come back:</source>
        <translation>Tema yang berulang:</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s)</source>
        <translation>
            <numerusform>%n lembar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done yet:</source>
        <translation>Belum dilaksanakan:</translation>
    </message>
    <message>
        <source>Not opened this month: %1</source>
        <translation>Belum dibuka bulan ini: %1</translation>
    </message>
    <message>
        <source>%1 has not been opened in %2.</source>
        <translation>%1 belum dibuka pada %2.</translation>
    </message>
    <message>
        <source>No box waits to be opened.</source>
        <translation>Tidak ada kotak yang menunggu dibuka.</translation>
    </message>
    <message>
        <source>Minutes no.</source>
        <translation>Nomor berita acara</translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 memerlukan tanggal berbentuk YYYY-MM-DD, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the satisfaction survey (SKM): import, index (IKM), sample, plan, report</source>
        <translation>survei kepuasan masyarakat (SKM): impor, indeks (IKM), sampel, rencana, laporan</translation>
    </message>
    <message>
        <source>survey sample needs --population N (a whole number, 0 or more).</source>
        <translation>survey sample memerlukan --population N (bilangan bulat, 0 atau lebih).</translation>
    </message>
    <message>
        <source>--respondents needs a whole number, 0 or more.</source>
        <translation>--respondents memerlukan bilangan bulat, 0 atau lebih.</translation>
    </message>
    <message>
        <source>Population %1: a sample of at least %2 respondents (Krejcie–Morgan).</source>
        <translation>Populasi %1: sampel sekurang-kurangnya %2 responden (Krejcie–Morgan).</translation>
    </message>
    <message>
        <source>With %1 respondents: %2.</source>
        <translation>Dengan %1 responden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>  %n satisfaction-survey response(s), %1 follow-up plan item(s)</source>
        <translation>
            <numerusform>  %n jawaban survei kepuasan, %1 butir rencana tindak lanjut</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] survey SUBCOMMAND [ARGS] [--json]

  survey import FILE.csv     responses from a spreadsheet, all or nothing (supervisors, administrators);
                             header date,service,gender,age,education,occupation,U1,…,U9
  survey ikm --from YYYY-MM-DD --to YYYY-MM-DD [--service CODE] [--weight exact|0.111]
  survey ikm --period P [--service CODE] [--weight exact|0.111]
  survey sample --population N [--respondents N]   the Krejcie–Morgan minimum sample (needs no office data)
  survey plan add --period 2026-Q3 --element U3 --action TEXT --pic NAME --target YYYY-MM-DD
  survey plan list [--period P]    survey plan start ID    survey plan done ID --evidence TEXT
  survey publish --period P --medium TEXT --date YYYY-MM-DD [--reference TEXT]
  survey publish --period P --forum YYYY-MM-DD   the public forum that discussed the result
  survey report --from YYYY-MM-DD --to YYYY-MM-DD [--pdf FILE] [--xlsx FILE]
  survey questionnaire [--version N]   the questions as asked (U9 before U8)
  survey reword --element U3 --question TEXT --options &quot;A|B|C|D&quot; [--note TEXT]   a new version
  survey settings [--period quarter|semester|year] [--weight exact|0.111]

Periods: 2026-Q1 … Q4, 2026-S1, S2, 2026. Weighting: exact (1/9, the default setting) or 0.111 (as printed
in the regulation). Grades on the converted value rounded half up: A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, else D.
Exit codes: 0 done, 1 wrong arguments, 2 failed, 4 not allowed.</source>
        <translation>Penggunaan: loketctl [--user NAMA] survey SUBPERINTAH [ARGUMEN] [--json]

  survey import BERKAS.csv   jawaban dari lembar kerja, semua atau tidak sama sekali (supervisor, administrator);
                             kepala kolom date,service,gender,age,education,occupation,U1,…,U9
  survey ikm --from YYYY-MM-DD --to YYYY-MM-DD [--service KODE] [--weight exact|0.111]
  survey ikm --period P [--service KODE] [--weight exact|0.111]
  survey sample --population N [--respondents N]   sampel minimum Krejcie–Morgan (tidak memerlukan data kantor)
  survey plan add --period 2026-Q3 --element U3 --action TEKS --pic NAMA --target YYYY-MM-DD
  survey plan list [--period P]    survey plan start ID    survey plan done ID --evidence TEKS
  survey publish --period P --medium TEKS --date YYYY-MM-DD [--reference TEKS]
  survey publish --period P --forum YYYY-MM-DD   forum publik yang membahas hasilnya
  survey report --from YYYY-MM-DD --to YYYY-MM-DD [--pdf BERKAS] [--xlsx BERKAS]
  survey questionnaire [--version N]   pertanyaan sebagaimana diajukan (U9 sebelum U8)
  survey reword --element U3 --question TEKS --options &quot;A|B|C|D&quot; [--note TEKS]   versi baru
  survey settings [--period quarter|semester|year] [--weight exact|0.111]

Periode: 2026-Q1 … Q4, 2026-S1, S2, 2026. Pembobotan: exact (1/9, pengaturan bawaan) atau 0.111 (seperti tercetak
dalam peraturan). Mutu dari nilai konversi yang dibulatkan setengah ke atas: A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, selain itu D.
Kode keluar: 0 selesai, 1 argumen salah, 2 gagal, 4 tidak diizinkan.</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <source>--weight is exact (1/9) or 0.111 (the regulation&apos;s printed weight).</source>
        <translation>--weight berisi exact (1/9) atau 0.111 (bobot yang tercetak dalam peraturan).</translation>
    </message>
    <message>
        <source>--period is 2026-Q1 … 2026-Q4, 2026-S1, 2026-S2 or 2026.</source>
        <translation>--period berisi 2026-Q1 … 2026-Q4, 2026-S1, 2026-S2 atau 2026.</translation>
    </message>
    <message>
        <source>survey ikm needs --from and --to (or --period).</source>
        <translation>survey ikm memerlukan --from dan --to (atau --period).</translation>
    </message>
    <message>
        <source>No service %1 has responses or served tickets in the range.</source>
        <translation>Layanan %1 tidak memiliki jawaban atau tiket terlayani dalam rentang ini.</translation>
    </message>
    <message>
        <source>Satisfaction index (IKM) %1 – %2, %3</source>
        <translation>Indeks kepuasan masyarakat (IKM) %1 – %2, %3</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Layanan: %1</translation>
    </message>
    <message>
        <source>Respondents: %1. Sample: %2.</source>
        <translation>Responden: %1. Sampel: %2.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>IKM: %1</source>
        <translation>IKM: %1</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <source>survey import needs one CSV file.</source>
        <translation>survey import memerlukan satu berkas CSV.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Tidak dapat membaca %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: not a survey file.</source>
        <translation>%1 lebih besar dari 64 MB: bukan berkas survei.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>baris %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) imported.</source>
        <translation>
            <numerusform>%n jawaban diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the follow-up item&apos;s number (see survey plan list).</source>
        <translation>Sebutkan nomor butir tindak lanjut (lihat survey plan list).</translation>
    </message>
    <message>
        <source>survey plan add needs --period, --action, --pic and --target.</source>
        <translation>survey plan add memerlukan --period, --action, --pic dan --target.</translation>
    </message>
    <message>
        <source>Follow-up item %1 planned for %2.</source>
        <translation>Butir tindak lanjut %1 direncanakan untuk %2.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (terlambat)</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Dipublikasikan:</translation>
    </message>
    <message>
        <source>Follow-up item %1: %2.</source>
        <translation>Butir tindak lanjut %1: %2.</translation>
    </message>
    <message>
        <source>survey plan is add, list, start or done.</source>
        <translation>survey plan berisi add, list, start atau done.</translation>
    </message>
    <message>
        <source>survey publish needs --period with --medium and --date, or --period with --forum (the public forum&apos;s day).</source>
        <translation>survey publish memerlukan --period dengan --medium dan --date, atau --period dengan --forum (tanggal forum publik).</translation>
    </message>
    <message>
        <source>The public forum of %1 is recorded on %2.</source>
        <translation>Forum publik %1 dicatat pada %2.</translation>
    </message>
    <message>
        <source>Publication of %1 on %2 recorded.</source>
        <translation>Publikasi %1 pada %2 dicatat.</translation>
    </message>
    <message>
        <source>Questionnaire version %1</source>
        <translation>Kuesioner versi %1</translation>
    </message>
    <message>
        <source>survey reword needs --element, --question and --options (the four answers from 1 to 4, separated by |).</source>
        <translation>survey reword memerlukan --element, --question dan --options (empat jawaban dari 1 sampai 4, dipisah dengan |).</translation>
    </message>
    <message>
        <source>Questionnaire version %1: %2 reworded; earlier responses keep the wording they were given.</source>
        <translation>Kuesioner versi %1: %2 diubah kata-katanya; jawaban sebelumnya tetap dengan kata-kata yang diberikan saat itu.</translation>
    </message>
    <message>
        <source>--period is quarter, semester or year.</source>
        <translation>--period berisi quarter, semester atau year.</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Pembobotan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Satisfaction survey %1 to %2%3</source>
        <translation>Survei kepuasan %1 s.d. %2%3</translation>
    </message>
    <message>
        <source>Served (N)</source>
        <translation>Dilayani (N)</translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation>Sampel minimal</translation>
    </message>
    <message>
        <source>IKM converted</source>
        <translation>IKM konversi</translation>
    </message>
    <message>
        <source>RESPONDENTS</source>
        <translation>RESPONDEN</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>MUTU</translation>
    </message>
    <message>
        <source>survey report takes no arguments besides its options.</source>
        <translation>survey report tidak menerima argumen selain opsinya.</translation>
    </message>
    <message>
        <source>survey report needs --from YYYY-MM-DD and --to YYYY-MM-DD (for example --from 2026-10-01 --to 2026-12-31).</source>
        <translation>survey report memerlukan --from YYYY-MM-DD dan --to YYYY-MM-DD (misalnya --from 2026-10-01 --to 2026-12-31).</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2): the last day comes after the first.</source>
        <translation>--to (%1) sebelum --from (%2): hari terakhir harus sesudah hari pertama.</translation>
    </message>
    <message>
        <source>The range is longer than five years: report a year, a semester or a quarter.</source>
        <translation>Rentangnya lebih dari lima tahun: laporkan satu tahun, semester atau triwulan.</translation>
    </message>
    <message>
        <source>--weight is exact (1/9) or 0.111, not &quot;%1&quot;.</source>
        <translation>--weight adalah exact (1/9) atau 0.111, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workbook was written to %1 (XLSX).</source>
        <translation>Lembar kerja ditulis ke %1 (XLSX).</translation>
    </message>
    <message>
        <source>--visitors needs a whole number from 1 to 5000.</source>
        <translation>--visitors memerlukan bilangan bulat dari 1 sampai 5000.</translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] demo [--days N] [--seed S] [--visitors N]
                                  [--until DATE | --at DATETIME]

Builds a kecamatan office (8 services, 4 counters, officers, a supervisor, an administrator) and N days of queue history ending on DATE (default: today): weekday pattern, morning peak, service times per service, about 8 % priority visitors and a few no-shows. The same seed and DATE give the same data. Only into a database without users.
--visitors N: about N tickets per working day on average (default about 140); a set of four more counters for every 180 visitors (5 years of 1,000 a day, for the benchmarks, take a few minutes).
--at 2026-11-23T10:15 ends the history at that office-local (WIB) time, with today&apos;s queue in progress; without --until or --at the history ends now.

Accounts: admin/admin123, camat/camat123, sekcam/sekcam123, petugas1…petugas6/petugas123, tl1/tindak123.</source>
        <translation>Penggunaan: loketctl [--database FILE] demo [--days N] [--seed S] [--visitors N]
                                  [--until DATE | --at DATETIME]

Membangun kantor kecamatan (8 layanan, 4 loket, petugas, seorang supervisor, seorang administrator) dan riwayat antrian N hari yang berakhir pada DATE (bawaan: hari ini): pola hari kerja, puncak pagi hari, waktu layanan per layanan, sekitar 8 % pengunjung prioritas, dan beberapa yang tidak hadir. Seed dan DATE yang sama menghasilkan data yang sama. Hanya ke basis data yang belum memiliki pengguna.
--visitors N: rata-rata sekitar N tiket per hari kerja (bawaan sekitar 140); empat loket tambahan untuk setiap 180 pengunjung (5 tahun dengan 1.000 sehari, untuk benchmark, memerlukan beberapa menit).
--at 2026-11-23T10:15 mengakhiri riwayat pada waktu setempat kantor (WIB) tersebut, dengan antrian hari ini sedang berjalan; tanpa --until atau --at, riwayat berakhir saat ini.

Akun: admin/admin123, camat/camat123, sekcam/sekcam123, petugas1…petugas6/petugas123, tl1/tindak123.</translation>
    </message>
    <message>
        <source>Monthly report for %1 (as of %2)</source>
        <translation>Laporan bulanan %1 (per %2)</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>ANGKA</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>PERUBAHAN</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tiket diterbitkan</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Priority visitors served</source>
        <translation>Pengunjung prioritas dilayani</translation>
    </message>
    <message>
        <source>Median wait (minutes)</source>
        <translation>Median waktu tunggu (menit)</translation>
    </message>
    <message>
        <source>Median service (minutes)</source>
        <translation>Median waktu layanan (menit)</translation>
    </message>
    <message>
        <source>Served within the standard</source>
        <translation>Dilayani sesuai standar</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <source>Complaints followed up to completion</source>
        <translation>Pengaduan ditindaklanjuti sampai selesai</translation>
    </message>
    <message>
        <source>Complaints past the deadline</source>
        <translation>Pengaduan melewati batas waktu</translation>
    </message>
    <message>
        <source>Suggestion-box slips</source>
        <translation>Lembar kotak saran</translation>
    </message>
    <message>
        <source>IKM of the month</source>
        <translation>IKM bulan ini</translation>
    </message>
    <message>
        <source>Standards fully compliant</source>
        <translation>Standar yang memenuhi seluruh kriteria</translation>
    </message>
    <message>
        <source>ISSUED</source>
        <translation>DITERBITKAN</translation>
    </message>
    <message>
        <source>SERVED</source>
        <translation>DILAYANI</translation>
    </message>
    <message>
        <source>MEDIAN WAIT</source>
        <translation>MEDIAN TUNGGU</translation>
    </message>
    <message>
        <source>P90 WAIT</source>
        <translation>P90 TUNGGU</translation>
    </message>
    <message>
        <source>MEDIAN SERVICE</source>
        <translation>MEDIAN LAYANAN</translation>
    </message>
    <message>
        <source>STANDARD (MIN)</source>
        <translation>STANDAR (MENIT)</translation>
    </message>
    <message>
        <source>WITHIN STANDARD</source>
        <translation>SESUAI STANDAR</translation>
    </message>
    <message>
        <source>PRIORITY REASON</source>
        <translation>ALASAN PRIORITAS</translation>
    </message>
    <message>
        <source>SURVEY PERIOD</source>
        <translation>PERIODE SURVEI</translation>
    </message>
    <message>
        <source>Give the report to make: loketctl report monthly --month YYYY-MM.</source>
        <translation>Sebutkan laporan yang dibuat: loketctl report monthly --month YYYY-MM.</translation>
    </message>
    <message>
        <source>report monthly takes no arguments besides its options.</source>
        <translation>report monthly tidak menerima argumen selain opsinya.</translation>
    </message>
    <message>
        <source>report monthly needs --month YYYY-MM (for example --month 2026-11).</source>
        <translation>report monthly memerlukan --month YYYY-MM (misalnya --month 2026-11).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: give it as YYYY-MM, the month from 01 to 12 (for example --month 2026-11).</source>
        <translation>&quot;%1&quot; bukan bulan: tulis sebagai YYYY-MM, bulan dari 01 sampai 12 (misalnya --month 2026-11).</translation>
    </message>
    <message>
        <source>met</source>
        <translation>terpenuhi</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>sebagian</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>--date needs a day like 2026-11-30.</source>
        <translation>--date memerlukan tanggal seperti 2026-11-30.</translation>
    </message>
    <message>
        <source>Evaluation self-check on %1: %2 met, %3 partly, %4 missing</source>
        <translation>Penilaian mandiri evaluasi per %1: %2 terpenuhi, %3 sebagian, %4 belum ada</translation>
    </message>
    <message>
        <source>POINT</source>
        <translation>BUTIR</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>BUKTI</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation>YANG PERLU DILAKUKAN</translation>
    </message>
    <message>
        <source>the supervisor&apos;s monthly report, with last month and last year; the evaluation self-check</source>
        <translation>laporan bulanan supervisor, dengan bulan lalu dan tahun lalu; penilaian mandiri evaluasi</translation>
    </message>
    <message>
        <source>The monthly report for %1 was written to %2 and %3.</source>
        <translation>Laporan bulanan %1 ditulis ke %2 dan %3.</translation>
    </message>
    <message>
        <source>Last month&apos;s report was already written; nothing to do.</source>
        <translation>Laporan bulan lalu sudah ditulis; tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Last month&apos;s report is due from %1; nothing to do yet.</source>
        <translation>Laporan bulan lalu jatuh tempo mulai %1; belum ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>The monthly report is no longer written by itself.</source>
        <translation>Laporan bulanan tidak lagi ditulis secara otomatis.</translation>
    </message>
    <message>
        <source>Loket writes each month&apos;s report into %1 from the month&apos;s first working day.</source>
        <translation>Loket menulis laporan setiap bulan ke %1 mulai hari kerja pertama bulan itu.</translation>
    </message>
    <message>
        <source>report schedule needs --folder DIR, where the monthly reports are written (or a folder saved with --save-folder).</source>
        <translation>report schedule memerlukan --folder DIR, tempat laporan bulanan ditulis (atau folder yang disimpan dengan --save-folder).</translation>
    </message>
    <message>
        <source>Usage: loketctl --user NAME report monthly --month YYYY-MM [--json] [--pdf FILE] [--xlsx FILE]
       loketctl --user NAME report schedule [--folder DIR] [--json]
       loketctl --user NAME report schedule --save-folder DIR | --off
       loketctl --user NAME report evaluation [--date YYYY-MM-DD] [--json]

The month&apos;s figures in the office&apos;s time zone: tickets issued, served, no-shows and priority visitors by reason; per service the median and 90th percentile of waiting and service time and the share served within the standard in force; per counter, officer and day; the hourly load by weekday; complaints, suggestion-box slips, the satisfaction index (IKM) and its trend, standards compliance and reviews due. Each figure also for the month before and the same month last year. Needs a supervisor or administrator.
--json gives month, tickets (issued, served, no_show, priority, …), services (code, issued, served, median_wait_minutes, within_standard_percent, …) and the rest, with previous_month and last_year.
--pdf writes &quot;Laporan Bulanan Pelayanan Publik&quot; (A4, letterhead, summary, charts, tables, the head of office&apos;s signature); --xlsx the workbook, one sheet per table. Both files are readable by their owner only.

report schedule: run it every day (cron). From the first working day of a month it writes the previous month&apos;s PDF and workbook into DIR (laporan-bulanan-YYYY-MM.pdf, .xlsx), once: the month written is remembered. --save-folder keeps DIR as the office&apos;s report folder: Loket then writes the pack there by itself when it starts, and report schedule without --folder uses it; --off forgets it.

report evaluation: what PEKPPP and the Ombudsman look at (standards with 14 components, decrees, consultations, publications, yearly reviews, the Maklumat, the SKM done, published and followed up, complaint channels, follow-up and speed, the suggestion box, the queue and priority service), each with the evidence Loket holds and what is missing, on the day (default: today).</source>
        <translation>Penggunaan: loketctl --user NAME report monthly --month YYYY-MM [--json] [--pdf FILE] [--xlsx FILE]
       loketctl --user NAME report schedule [--folder DIR] [--json]
       loketctl --user NAME report schedule --save-folder DIR | --off
       loketctl --user NAME report evaluation [--date YYYY-MM-DD] [--json]

Angka bulan itu dalam zona waktu kantor: tiket diterbitkan, dilayani, tidak hadir, dan pengunjung prioritas menurut alasan; per layanan median dan persentil ke-90 waktu tunggu dan waktu layanan serta persentase yang dilayani sesuai standar yang berlaku; per loket, petugas, dan hari; beban per jam menurut hari; pengaduan, lembar kotak saran, indeks kepuasan (IKM) dan trennya, kepatuhan standar dan reviu yang jatuh tempo. Setiap angka juga untuk bulan sebelumnya dan bulan yang sama tahun lalu. Hanya untuk supervisor atau administrator.
--json memberikan month, tickets (issued, served, no_show, priority, …), services (code, issued, served, median_wait_minutes, within_standard_percent, …) dan selebihnya, dengan previous_month dan last_year.
--pdf menulis &quot;Laporan Bulanan Pelayanan Publik&quot; (A4, kop surat, ringkasan, grafik, tabel, tanda tangan kepala kantor); --xlsx lembar kerjanya, satu lembar per tabel. Kedua berkas hanya dapat dibaca pemiliknya.

report schedule: jalankan setiap hari (cron). Mulai hari kerja pertama suatu bulan perintah ini menulis PDF dan lembar kerja bulan sebelumnya ke DIR (laporan-bulanan-YYYY-MM.pdf, .xlsx), sekali saja: bulan yang sudah ditulis diingat. --save-folder menyimpan DIR sebagai folder laporan kantor: Loket lalu menulis paket laporan ke sana dengan sendirinya saat dijalankan, dan report schedule tanpa --folder memakainya; --off melupakannya.

report evaluation: yang dinilai PEKPPP dan Ombudsman (standar dengan 14 komponen, SK, konsultasi publik, publikasi, reviu tahunan, Maklumat, SKM dilaksanakan, dipublikasikan, dan ditindaklanjuti, saluran pengaduan, tindak lanjut dan kecepatannya, kotak saran, sistem antrian dan pelayanan prioritas), masing-masing dengan bukti yang dimiliki Loket dan yang belum ada, pada hari itu (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>db init takes the database: a file or a postgresql:// address.</source>
        <translation>db init memerlukan basis data: sebuah berkas atau alamat postgresql://.</translation>
    </message>
    <message>
        <source>The role %1 may now use it, and may not change its history or its tables.</source>
        <translation>Peran %1 kini boleh memakainya, dan tidak boleh mengubah riwayat maupun tabelnya.</translation>
    </message>
    <message>
        <source>db copy needs --from and --to.</source>
        <translation>db copy memerlukan --from dan --to.</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables from %3 to %4 in %5 s; every table&apos;s count matches.</source>
        <translation>%1 baris dari %2 tabel disalin dari %3 ke %4 dalam %5 detik; jumlah baris setiap tabel cocok.</translation>
    </message>
    <message>
        <source>db count takes no arguments.</source>
        <translation>db count tidak menerima argumen.</translation>
    </message>
    <message>
        <source>a database on a server: create it, copy an office to or from it</source>
        <translation>basis data di server: membuatnya, menyalin kantor ke atau darinya</translation>
    </message>
    <message>
        <source>Usage: loketctl db init DATABASE [--app-role ROLE]
       loketctl db copy --from DATABASE --to DATABASE
       loketctl [--database DATABASE] db count [--json]

DATABASE is a file, or a PostgreSQL server&apos;s database:
  postgresql://user@host:port/dbname[?sslmode=require]   or   postgresql:///?service=NAME
The password is never given here: the server&apos;s client reads it from ~/.pgpass (or PGPASSFILE).

init     creates Loket&apos;s tables in an empty database (run it as the database&apos;s owner), or upgrades them.
         --app-role ROLE: the role the PCs log in as may read and write, but only add to the history.
copy     moves an office into a new, empty database: from its file onto the server, or from the server
         into a file to take home. Every row of every table, in one transaction; afterwards the rows
         of every table are counted on both sides, and the copy is recorded in the source&apos;s audit log.
count    the rows of every table (to compare two databases).</source>
        <translation>Pemakaian: loketctl db init BASISDATA [--app-role PERAN]
       loketctl db copy --from BASISDATA --to BASISDATA
       loketctl [--database BASISDATA] db count [--json]

BASISDATA adalah sebuah berkas, atau basis data di server PostgreSQL:
  postgresql://pengguna@host:port/namadb[?sslmode=require]   atau   postgresql:///?service=NAMA
Kata sandi tidak pernah diberikan di sini: klien server membacanya dari ~/.pgpass (atau PGPASSFILE).

init     membuat tabel Loket di basis data kosong (jalankan sebagai pemilik basis data), atau memperbaruinya.
         --app-role PERAN: peran yang dipakai PC untuk login boleh membaca dan menulis, tetapi riwayat hanya boleh ditambah.
copy     memindahkan kantor ke basis data baru yang kosong: dari berkasnya ke server, atau dari server
         ke sebuah berkas untuk dibawa pulang. Semua baris setiap tabel, dalam satu transaksi; sesudahnya baris
         setiap tabel dihitung di kedua sisi, dan penyalinan dicatat di log audit sumber.
count    jumlah baris setiap tabel (untuk membandingkan dua basis data).</translation>
    </message>
    <message>
        <source>db needs init, copy or count.</source>
        <translation>db memerlukan init, copy, atau count.</translation>
    </message>
    <message>
        <source>Unknown db command: %1</source>
        <translation>Perintah db tidak dikenal: %1</translation>
    </message>
    <message>
        <source>backup daily takes no arguments.</source>
        <translation>backup daily tidak menerima argumen.</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>Cadangan harian dibuat: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made already.</source>
        <translation>Cadangan hari ini sudah dibuat.</translation>
    </message>
    <message>
        <source>Restored %1 into the new database %2 (schema version %3).</source>
        <translation>%1 dipulihkan ke basis data baru %2 (versi skema %3).</translation>
    </message>
    <message>
        <source>--app-role is for a restore onto a database server.</source>
        <translation>--app-role hanya untuk pemulihan ke server basis data.</translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] backup [--to FILE|FOLDER] [--force]
       loketctl [--database FILE] [--json] backup list
       loketctl [--database FILE] [--json] backup daily

Makes a copy of the database while Loket keeps running: counters, kiosks and the display board may go on working. The copy is written under a hidden temporary name, checked, and only then given its name, so a file with a backup&apos;s name is always complete.

Without --to the copy goes into the backup folder (the setting backup.folder; by default the folder &quot;backups&quot; beside the database) as loket-manual-YYYYMMDD-HHMMSS.db.
  --to FILE|FOLDER  write the copy to FILE, or into FOLDER under that name
  --force           replace FILE if it exists

&quot;backup list&quot; shows the backups in the backup folder: kind (daily, monthly, manual), date, size and schema version.

The application makes a daily backup at its first start each day and keeps 14 daily and 12 monthly copies. For a computer that runs day and night, schedule &quot;loketctl backup daily&quot; (for example with cron): it makes that day&apos;s backup once and keeps the same copies.
On a server&apos;s database (postgresql://…) the application&apos;s PCs make no backup; the server PC runs &quot;loketctl backup daily&quot; as the database&apos;s owner. A server&apos;s backup is the server&apos;s own dump (pg_dump, custom format; the program comes with Debian&apos;s postgresql-client), named loket-YYYY-MM-DD.dump, with the same daily and monthly copies; &quot;loketctl --database URL restore BACKUP.dump&quot; puts it into a new, empty database (docs/deployment.md).

Backup and restore work on the files and need no Loket user: whoever may read the database file may copy it. Keep backups where only administrators can read them; they hold the office&apos;s data.</source>
        <translation>Pemakaian: loketctl [--database BERKAS] backup [--to BERKAS|FOLDER] [--force]
       loketctl [--database BERKAS] [--json] backup list
       loketctl [--database BERKAS] [--json] backup daily

Membuat salinan basis data sementara Loket tetap berjalan: loket, kios, dan papan tampilan boleh terus bekerja. Salinan ditulis dengan nama sementara yang tersembunyi, diperiksa, dan baru kemudian diberi namanya, sehingga berkas bernama cadangan selalu lengkap.

Tanpa --to salinan masuk ke folder cadangan (pengaturan backup.folder; bawaannya folder &quot;backups&quot; di samping basis data) sebagai loket-manual-YYYYMMDD-HHMMSS.db.
  --to BERKAS|FOLDER  tulis salinan ke BERKAS, atau ke FOLDER dengan nama itu
  --force             ganti BERKAS bila sudah ada

&quot;backup list&quot; menampilkan cadangan di folder cadangan: jenis (harian, bulanan, manual), tanggal, ukuran, dan versi skema.

Aplikasi membuat cadangan harian pada awal dijalankan setiap hari dan menyimpan 14 salinan harian dan 12 salinan bulanan. Untuk komputer yang menyala siang dan malam, jadwalkan &quot;loketctl backup daily&quot; (misalnya dengan cron): perintah itu membuat cadangan hari itu sekali dan menyimpan salinan yang sama.
Pada basis data di server (postgresql://…) PC aplikasi tidak membuat cadangan; PC server menjalankan &quot;loketctl backup daily&quot; sebagai pemilik basis data. Cadangan server adalah dump milik server itu sendiri (pg_dump, format custom; programnya termasuk paket Debian postgresql-client), bernama loket-YYYY-MM-DD.dump, dengan salinan harian dan bulanan yang sama; &quot;loketctl --database URL restore CADANGAN.dump&quot; memulihkannya ke basis data baru yang kosong (docs/deployment.md).

Pencadangan dan pemulihan bekerja pada berkas dan tidak memerlukan pengguna Loket: siapa pun yang boleh membaca berkas basis data boleh menyalinnya. Simpan cadangan di tempat yang hanya dapat dibaca administrator; cadangan berisi data kantor.</translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] restore BACKUP [--force]
       loketctl --database URL restore BACKUP.dump [--app-role ROLE]

Checks BACKUP first: it must be a Loket database, not damaged, from this or an earlier version of Loket. If it is not, nothing is changed.
Shows what the backup holds (office, last ticket day, numbers of tickets, users and standards) and says so when it is empty. Without --force it asks for confirmation on a terminal; otherwise the check is all that is done (exit code 0 when the backup is good). With --force the current database is kept beside it as DATABASE.replaced-YYYYMMDD-HHMMSS, the backup takes its place, and a backup from an earlier version is upgraded.

Close every Loket window, kiosk, display board and loketctl command using the database first. restore refuses when it sees a program on this computer holding the database open; it cannot see programs on other computers that share the file.

This works on the files: it needs no Loket user, only permission to write the database&apos;s folder (the operating system&apos;s permissions guard it). In the application, restoring needs the permission to manage backups.

On a server (URL postgresql://…): BACKUP is a server&apos;s backup (*.dump), and the database of URL must be new and empty (createdb): a restore never replaces an office on a server. It is restored in one transaction (all or nothing) by pg_restore, upgraded if it is older, and --app-role ROLE gives the PCs&apos; role its rights, as &quot;loketctl db init&quot; does. Then let the PCs use the new database.</source>
        <translation>Penggunaan: loketctl [--database FILE] restore BACKUP [--force]
       loketctl --database URL restore BACKUP.dump [--app-role ROLE]

Memeriksa BACKUP terlebih dahulu: harus basis data Loket, tidak rusak, dari versi Loket ini atau yang lebih lama. Jika tidak, tidak ada yang diubah.
Menampilkan isi cadangan (kantor, hari nomor antrian terakhir, jumlah nomor antrian, pengguna dan standar) dan menyebutkannya bila kosong. Tanpa --force, perintah ini meminta konfirmasi di terminal; selain itu hanya pemeriksaan yang dilakukan (kode keluar 0 bila cadangan baik). Dengan --force basis data saat ini disimpan di sampingnya sebagai DATABASE.replaced-YYYYMMDD-HHMMSS, cadangan menggantikannya, dan cadangan dari versi yang lebih lama ditingkatkan.

Tutup dulu setiap jendela Loket, anjungan, papan tampilan, dan perintah loketctl yang memakai basis data. restore menolak bila melihat program di komputer ini sedang membuka basis data; program di komputer lain yang berbagi berkas tidak terlihat.

Perintah ini bekerja pada berkas: tidak memerlukan pengguna Loket, hanya izin menulis folder basis data (dijaga oleh izin sistem operasi). Di aplikasi, pemulihan memerlukan izin mengelola cadangan.

Pada server (URL postgresql://…): BACKUP adalah cadangan server (*.dump), dan basis data pada URL harus baru dan kosong (createdb): pemulihan tidak pernah menimpa data kantor di server. Pemulihan dijalankan dalam satu transaksi (semua atau tidak sama sekali) oleh pg_restore, ditingkatkan bila versinya lebih lama, dan --app-role ROLE memberi peran PC hak aksesnya, seperti &quot;loketctl db init&quot;. Setelah itu arahkan PC ke basis data baru.</translation>
    </message>
</context>
</TS>
