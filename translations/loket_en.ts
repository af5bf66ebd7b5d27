<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Announcement</name>
    <message>
        <source>The announcement is empty. Write what the board says, with {nomor} where the ticket number goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement does not say the ticket number. Put {nomor} where the number goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement is longer than %1 characters. Shorten it: citizens wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a placeholder Loket knows. Use %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to do this. Ask an administrator or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk can only issue tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service declaration (Maklumat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User list viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket issued at a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket called out of turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket called again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue day closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in at a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter on a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service switched on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit switched on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority reason added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority reason switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority reason switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office profile changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue order rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standards viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard draft created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard draft discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard put in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public consultation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public consultation removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard publication recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard publication removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard review recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard review removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standards imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standards exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maklumat saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maklumat publication recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maklumat publication removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maklumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve at a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage service standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view service standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password ({attempt} of {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password ({attempt} of {max}); account locked until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password; the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored password renewed to current protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed to {permission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the first administrator: users already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password set by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one&apos;s own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last active administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account was locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} wrong password(s) forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role {from_role} → {to_role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office is closed on collective leave days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective leave days are working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled list: {count} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {max} priority tickets in a row; a ticket waiting {minutes} minutes goes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services {services}, {date}, {groups} group(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service {service}, {date}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service {service}, {medium}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{medium}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from CSV: drafts of {services}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first-run setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema {from} → {to}; the previous database is kept as {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log chain checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s identity viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint response sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint waiting for the complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint attachment opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint history chain checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign and close complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel {channel}, tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to {assignee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the complainant&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a confidential complainant&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact, {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken ({count} entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box opening changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box opening discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening team member or witness added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening team member or witness removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion slip recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion slip changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion slip removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion slip scan added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion slip scan opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box minutes signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion slip decision carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box minutes viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion box opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open suggestion boxes and sign the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record suggestion slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes {number}: {slips} slip(s), {complaints} complaint(s) created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slip {number}: {kind}, {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey question reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction index read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel {channel}, service {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period {period}, weighting {weighting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket handed to the survey screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from loket {counter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey comment handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey follow-up plan read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey follow-up item added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey follow-up item changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey follow-up item&apos;s status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey follow-up item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey result&apos;s publication recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey result&apos;s public forum recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} response(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision {flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period {period}, element {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {medium}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction survey report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey report settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation self-check read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>The user name or the password is not correct. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after too many wrong passwords. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>The account %1 is locked after too many wrong passwords. Try again in %n minute, or ask an administrator to unlock it.</numerusform>
            <numerusform>The account %1 is locked after too many wrong passwords. Try again in %n minutes, or ask an administrator to unlock it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting a wrong password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>No backup file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 does not exist. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read (%2). Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Loket backup: it is not a database file (it holds something else or is damaged). Choose a backup made by Loket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Loket backup. Choose a backup made by Loket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Loket (schema %2; this version knows up to %3). Install the newer Loket to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database in use, not a finished backup: part of it is still in %2. Close the program using it (or open it once with Loket), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself. Choose another file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy for the backup %1 failed its check (%2), so it was not kept. Try again; if this happens again, the disk may be failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as %1. Check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office date for the automatic backup is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly backup %1 could not be saved. Check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other parts of Loket still use the database, so it cannot be replaced now. Close the other pages and windows, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (process %2) has the database %1 open. Close every Loket window, kiosk, display board and loketctl command using it, then restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it. Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the backup beside %1 failed its check (%2). Nothing was changed. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be moved aside. Nothing was changed. Check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the previous database was put back. Check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database could not be opened, so the previous database was put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created. Check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is empty: it has no office, no tickets, no users and no service standards. Restoring it replaces everything in the database with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last ticket day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets: %1; users: %2; services with a standard: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged. Choose another backup, for example the one of the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database file&apos;s backup: copy it into a new, empty database on the server with &quot;loketctl db copy --from BACKUP --to URL&quot;, then let the PCs use that one (docs/deployment.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds a Loket office, and a restore never replaces one. Create a new, empty database on the server (createdb), restore into it, then let the PCs use it (docs/deployment.md). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the database %1 is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>reading the opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the office&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>This command needs a user: give --user NAME (the password is read from LOKET_PASSWORD, --password-stdin, or asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;loketctl %1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: other users of this computer can read the database %1 (every citizen&apos;s data and password hashes). Make it private: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintLook</name>
    <message>
        <source>clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n WD late</source>
        <comment>working days (hari kerja, HK)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n WD left</source>
        <comment>working days (hari kerja, HK)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintPrinting</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer&apos;s network address is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be printed: %1

Save it as a PDF instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the response letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintReceipt</name>
    <message>
        <source>COMPLAINT RECEIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this number to ask about the progress of your complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintReceiptPdf</name>
    <message>
        <source>Register number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Choose the month of the report (for example 2026-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun yet: a report can be made for this month or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making the complaint report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 1 × 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 3 × 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 5 × 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 7 × 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 14 × 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 14 × 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintReportPdf</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up to completion (closed, forwarded or archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered (a response sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the settlement deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open past the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to the first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time after receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint counts in the month of the day it was received in the office&apos;s time zone. Response time is the first response minus the moment of receipt. Deadlines are working days; while a complaint waits for the complainant its clock stands still. &quot;In time&quot; is the share of the deadlines met that were met on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint handling supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · printed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 to %2 · state as of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintReportXlsx</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up to completion (closed, forwarded or archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered (a response sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the settlement deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open past the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time after receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintService</name>
    <message>
        <source>%1 is empty: write it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (at most 20.000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is %2: it cannot be %3 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the office the complaint is forwarded to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist or is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not in the follow-up team: complaints go to follow-up officers or supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 was just taken by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is already assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 has no response yet: send the response first, then close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding complaints to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed automatically: the complainant did not answer within %n working day(s) of the response.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint has the number %1. Register numbers look like ADU/2026/12/0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is anonymous: nobody knows who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is confidential: only the follow-up team and supervisors may see who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is too large (%2 KB; at most %3 KB). Scan it at a lower resolution or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is not a photo (JPEG, PNG) or a PDF scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the complaint is about (the summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remedy asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SP4N-LAPOR! number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous complaint has no name or contact. Leave them out, or mark the complaint confidential to keep the person&apos;s identity secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the 14 components of a service standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint cannot have been received in the future. Check the date and time of receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint was received more than a year ago. Check the date of receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is assigned to %2. Only %2 or a supervisor may work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is %2: reopen it before adding evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints can be closed automatically only through a day that has begun (%1 is later than today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already attached (as %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number: write 5 to 25 digits, spaces, dots or dashes, e.g. 0812 3456 7890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is not assigned yet. Take it (assign it to yourself) or ask a supervisor to assign it, then follow it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a complaint&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint %1: its state is not what its history says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint %1: its state was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStore</name>
    <message>
        <source>numbering the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the complainant&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the complaint&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the complaint&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a complaint&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the complainant&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintText</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SP4N-LAPOR!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without oversight content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With oversight content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: waiting for the complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not our authority: forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (letter %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is far too large to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterCatalog</name>
    <message>
        <source>The counter number must be between 1 and %1 (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter name is longer than %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such counter. &quot;loketctl counter list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counter %1. &quot;loketctl counter list&quot; shows the counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter number %1 is already used by &quot;%2&quot;. Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service chosen for the counter does not exist (number %1). Choose from the office&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the counter&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 is still open. Close it at the counter first, then deactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterService</name>
    <message>
        <source>The counter does not exist (any more). Choose another counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no loket %1. Check the counter number in the list of counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in at loket %1. Sign in to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is staffed by %2. Work at the counter you are signed in at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is staffed by %2: only they or a supervisor can open, pause or close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving loket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is no longer in use. Ask the administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in at loket %1. Close it before opening loket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for pausing loket %1 (for example: prayer break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is closed: there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is still busy with ticket %2. Finish it, mark it as not come, or put it on hold before pausing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is still busy with ticket %2. Finish it, mark it as not come, or put it on hold before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a person with an account can sign in at a counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in at loket %2. They must close it first, or a supervisor can take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in at loket %1. Close it before signing in at loket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens again on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: today is a holiday (%1) and the office is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the office is closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the office opens at %1 today; it is %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the office closed at %1 today; it is %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text; nothing was imported. Save it as CSV (UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 field(s) where the header has %3: the line is cut or a field is missing. Nothing was imported; correct the line (put text holding the separator in quotes) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed, so the file is cut or a quote is missing. Nothing was imported; add the missing quote (&quot;) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Visitors per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to see that service&apos;s tickets of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket outcomes per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a day to see its tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median service time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time vs the standard (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM per survey period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it, or choose another location for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create one with &quot;loketctl init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (%2). Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Loket database (the file holds something else or is damaged). Choose the right file, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Loket must be able to write to it: ask the administrator to give write permission, or copy it to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Loket keeps working files beside the database and must be able to write there: choose a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore the most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Loket. Choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Loket (schema %2; this version knows up to %3). Install the newer Loket to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full (while %2). Nothing was lost of what was saved before: free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Loket database or is damaged (while %2). Restore the most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written (while %2): check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: Loket waited %1 seconds for its turn to write while other counters or programs were saving. Nothing of this change was saved; try again. If it keeps happening, an administrator should check which program keeps %2 busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is held by another program that does not let go of it (while %2). Close the other Loket windows or programs using it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused while %1: the data breaks one of the database&apos;s rules (a value that is not allowed, missing or used twice). Correct the data and try again; the technical detail is in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error while %1; nothing of this step was saved. Try again; if it keeps happening, give the log to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Loket database yet, and nothing was written to it. Create the database with &quot;loketctl init&quot;, or start the application, which offers to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be created. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s write-ahead log %1 is damaged, and a copy of it could not be kept beside the database, so Loket did not open it (opening it would lose the damaged part for good). Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC cannot use a database server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql). Install it, or use a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds the tables of another program, not of Loket. Choose the right database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the server is empty: it is not a Loket database yet, and nothing was written to it. Create Loket&apos;s tables with &quot;loketctl db init %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not to Loket. Choose the right database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file has no roles: only a database on a server gives the PCs their own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name (lower-case letters, digits, _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the database&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giving the role %1 its rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused the login of %1 (while %2). Check the user&apos;s password in ~/.pgpass, or ask the administrator whether this PC may connect (pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database %1 (while %2). Ask the administrator to create it (docs/deployment.md), then run &quot;loketctl db init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost (while %1), or the server cannot be reached: %2. Nothing of this step was saved. Loket connects again by itself when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server kept this change waiting too long for its turn (while %1): other counters were saving. Nothing of this change was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PC changed the same records at the same moment (while %1). Nothing of this change was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full (while %1). Nothing was lost of what was saved before: the administrator must free some space on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server does not let Loket&apos;s role do this (while %1): the history is append-only, and the schema changes only with &quot;loketctl db init&quot; run by the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server accepts no changes now (while %1): it may be a standby copy. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s database is backed up by the server&apos;s dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>counting the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two databases are at different versions of Loket&apos;s schema (%1 and %2): open the older one with this Loket first (&quot;loketctl init&quot; upgrades it), then copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database has no table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the target database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database %1 already holds an office (users or tickets). Copy only into a new, empty database (&quot;loketctl db init&quot;); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the target database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database&apos;s table %1 has none of its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing the target database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy does not match its source: %1. Do not use the target; copy again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database Loket can use: give a file, or a server as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not valid (%2). Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address holds a password. Leave it out: a password on a command line can be read by anyone on this PC. Put it in ~/.pgpass (or the file PGPASSFILE names), or let Loket ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; names more than one database. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has an option Loket does not know: &quot;%1&quot;. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 of the database address has a value Loket cannot pass on: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; names no server, no database and no service. Write it as postgresql://user@host:port/database, or postgresql:///?service=name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscPosEncoder</name>
    <message>
        <source>The ticket has no number, so it cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code content is too long to print readably on this paper. Use a shorter text or link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip has nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationCheck</name>
    <message>
        <source>%1 of %2 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standards with all 14 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the missing components of the other services&apos; standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards set by a decree (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the standards still in draft with a decree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public consultation (forum konsultasi publik) held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold and record a public consultation for the other services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards published on 4 or more media and on SIPPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on SIPPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the standards on more media and on SIPPN, and record each publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Standards reviewed within the last %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Review the standards that are due and record the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maklumat Pelayanan signed and published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>signed; published on %n medium/media</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the Maklumat&apos;s decree and where it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction survey (SKM) done in the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 respondents, sample %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet sufficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the survey until the sample is sufficient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKM result published on 4 or more media</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n medium/media</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the survey&apos;s result and record each medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKM follow-up plan done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the follow-up of the weakest elements and record each item when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint channels in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) used in the last twelve months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open and announce more channels (WhatsApp, SP4N-LAPOR!, the suggestion box) and log every complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints followed up to completion (90 % or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complaints logged in the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the complaints the office receives, so their follow-up can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the follow-up of the open complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints answered within 1×24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each complaint within a day of receiving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box opened every month with minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signed opening(s) in the last three months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the boxes each month in front of witnesses and sign the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue system in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue every visitor a ticket at the kiosk or the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority service for vulnerable groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priority reasons; %2 priority visitors served in the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give lansia, penyandang disabilitas, ibu hamil and ibu dengan anak a priority ticket and record the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the complaints of the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the suggestion-box openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the tickets of the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the priority reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the priority visitors served</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPdf</name>
    <message>
        <source>SELF-CHECK FOR THE PUBLIC SERVICE EVALUATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As held by Loket on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the %1 points the PEKPPP and Ombudsman evaluators look at, %2 are met, %3 partly and %4 missing. The last column says what remains to be done before their visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence in Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation self-check %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HashChain</name>
    <message>
        <source>the anchor in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the end of the audit log chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken at entry %1 (%2, %3): it was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken at entry %1 (%2, %3): entries before it were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken at entry %1 (%2, %3): it was added outside Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken at entry %1 (%2, %3): it is dated before the entry preceding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken at its end: %1 recorded %2 entries, the log now ends after %3 entries; the newest entries were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the end of the %1 chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 table could not be read to check its chain. See the log for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chaining the %1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the end of the complaint history chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint %1, attachment %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayCsv</name>
    <message>
        <source>The holiday file is not UTF-8 text; nothing was imported. Save it as CSV (UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the first line must be the header &quot;date,kind,name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: expected 3 fields (date,kind,name) but found %2. Put a name that contains a comma in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field &quot;date&quot;: &quot;%2&quot; is not a date. Write it as YYYY-MM-DD, e.g. 2026-08-17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field &quot;kind&quot;: &quot;%2&quot; is not a kind of holiday. Use libur_nasional, cuti_bersama or libur_lokal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field &quot;name&quot;: the name is empty. Write the name of the holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field &quot;date&quot;: %2 is already listed on line %3. List each date once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday file is empty. It needs the header line &quot;date,kind,name&quot; and one line per holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The holiday file has %n problem(s), so nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>The holiday file has %n problem, so nothing was imported. Correct the file and import it again.</numerusform>
            <numerusform>The holiday file has %n problems, so nothing was imported. Correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>The holiday file cannot be read, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field &quot;name&quot;: the name %2. Type the name again without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>The holiday has no valid date. Give it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday has no name. Write its name, e.g. &quot;Hari Raya Natal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday name is longer than %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a holiday (&quot;%2&quot;). Remove it first to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the holiday list, so there is nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday file lists no holiday under its header line. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday list shipped with Loket cannot be read; this installation is damaged. Reinstall Loket, or import the list with &quot;loketctl holiday import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the holiday list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ikm</name>
    <message>
        <source>weight 0,111 per element (as printed in PermenPANRB 14/2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight 1/9 per element (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not good enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet sufficient: %1 more needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers to %1 do not add up: %2 answers of 1 to 4 cannot sum to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHours</name>
    <message>
        <source>The kiosk may open at most %1 minutes before the office; %2 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskOpening</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service has not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens again tomorrow, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens again %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskService</name>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counter is open for this service yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterData</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to Complaint No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Complainant of Complaint No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at your place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is our response. Should you need further explanation, please contact us and quote the register number of your complaint. Thank you for your attention and for helping us improve our public service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 has no response yet, so there is no letter to print. Record the response first (complaint respond).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person at our service counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through our website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through SP4N-LAPOR!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following up on the complaint we received on %1 %2, registered under number %3, about &quot;%4&quot;, we hereby convey our response as follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is confidential: its response letter names the complainant, so only the follow-up team and supervisors print it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPdf</name>
    <message>
        <source>MINUTES OF THE OPENING OF THE SUGGESTION BOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: not signed, no number given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2, at %3, we the undersigned opened the suggestion box of %4 in the presence of the witnesses named below, with the following result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal when found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. The opening team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP or standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C. Slips by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D. The slips and the team&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box held no slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the slip says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes were made truthfully, to be used as is proper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening team,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witnesses,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the suggestion box opening %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT minutes of the suggestion box opening, not signed · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReportPack</name>
    <message>
        <source>The folder %1 does not exist, so the monthly report cannot be written there. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReportPdf</name>
    <message>
        <source>the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rose by %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell by %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stayed the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors (tickets issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come when called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority visitors served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served within the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints followed up to completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion-box slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction index (IKM) of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median service (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up to completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share followed up to completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the settle deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted IKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTHLY PUBLIC SERVICE REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor took a ticket in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the office received %2 visitors, of whom %3 were served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of visitors %1 compared with last month (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1 the number of visitors %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the visitors served with a time standard were served within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the visitors waited %1 minutes or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of those called did not come to the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priority visitors (elderly, disabled, pregnant and others) were served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints were received; %2 % of them have been followed up to completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints passed their settle deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion box gave %1 slips at %2 openings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satisfaction index of the month&apos;s %1 responses is %2, grade %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month against the month before and last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services against their standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority service, counters and officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority visitors by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints, suggestions and satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slips from %2 openings of the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community satisfaction index (IKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of office,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of the days with visitors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReportService</name>
    <message>
        <source>Choose the month of the report (for example 2026-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun yet: a report can be made for this month or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the services of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the suggestion-box openings of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the suggestion-box slips of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReportXlsx</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly public service report, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors (tickets issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints followed up to completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints past the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion-box slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard from the service standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted IKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median service (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 service (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDay</name>
    <message>
        <source>reading the office&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the office hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message>
        <source>The office name is empty. Write the name as it appears on letters, e.g. &quot;Kecamatan Cibinong&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is not valid. Choose WIB, WITA or WIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. Write it like kecamatan@bogorkab.go.id, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code &quot;%1&quot; must be 5 digits, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP of the head of office must have 18 digits (it has %1). Check it, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not a PNG image. Save it as PNG and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is %1 KB; the limit is %2 KB. Choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an opening or a closing time but not both. Give both, or mark the day closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the opening time %2 is not before the closing time %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is closed every day of the week. Give the opening hours of at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the office profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has not been set up yet. Complete the first-run setup, or give its name with &quot;loketctl office set --name …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is already set up. An administrator can change it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the office profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>Unknown language &quot;%1&quot;: choose id (Indonesian) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperPdf</name>
    <message>
        <source>The folder %1 does not exist, so the PDF cannot be written there. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not start. Reinstall Loket or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory while protecting the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>Give the printer&apos;s device file, e.g. /dev/usb/lp0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the printer&apos;s network address as host or host:port, e.g. 192.168.1.50:9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder where the PDF tickets are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket printer at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default system printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code link must start with https:// (or http://), so that a phone opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code link may not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code link has unknown placeholders: %1. Use {nomor}, {tanggal} and {layanan}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code link has a brace { or } that does not close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code link is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>The ticket could not be printed, please note your number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets cannot be printed at the moment: please note your number on the screen. Staff have been told.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityReasonService</name>
    <message>
        <source>reading the priority reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority reason does not exist. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no priority reason &quot;%1&quot;. Choose one from the list of priority reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; cannot be used: use 2 to 32 small letters, digits or &apos;_&apos; (for example: ibu_menyusui).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name the kiosk shows for this priority reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority reason with the code &quot;%1&quot; already exists. Reactivate it, or choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the priority reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the priority reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateWorkbook</name>
    <message>
        <source>The folder %1 does not exist, so the spreadsheet cannot be written there. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of the spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be written to %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrMatrix</name>
    <message>
        <source>The QR code has no content. Give the text it should hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code content is too long (%1 bytes). Use a shorter text or link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCatalog</name>
    <message>
        <source>reading a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not exist (any more). Choose another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;. Check the code in the list of services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueReader</name>
    <message>
        <source>reading the waiting tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the counter&apos;s recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the last calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the open counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not waiting: it has no place in the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the waiting tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRecords</name>
    <message>
        <source>Give a valid period: its first day on or before its last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>Loket %1 is no longer in use. Ask the administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the counter (loket) you work at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered at the moment. Choose another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority reason &quot;%1&quot; is no longer used. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 does not serve %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 serves no service yet. Ask the administrator to choose its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is waiting for loket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for calling ticket %1 out of its turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not waiting: only a waiting ticket can be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a called ticket can be called again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is already being served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a ticket called to this counter can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has been called but its service has not started: start serving it before finishing it, or mark it as not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not being served: only a ticket being served can be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a called ticket nobody answered can be marked as not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a called or served ticket can be put on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is on hold at loket %2, and loket %3 does not serve %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2 and can no longer be transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: a counter transfers only a ticket it called, serves or holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service or the counter to transfer ticket %1 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 does not serve %2. Transfer the ticket to a counter that serves it, or to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is already waiting there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2 and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) expired</source>
        <translation>
            <numerusform>%n ticket expired</numerusform>
            <numerusform>%n tickets expired</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket: give its number, such as A-001, or its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of priority calls in a row must be between 0 (no limit) and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest wait before a ticket goes first must be between 0 (off) and 600 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a ticket marked as not come can be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 can no longer be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was marked as not come by %2: only they can take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was marked as not come more than %2 seconds ago and can no longer be taken back. If the citizen is here, serve them as a walk-in (F9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueStatistics</name>
    <message>
        <source>reading the service time targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2). Swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the office&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the tickets of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the names for the queue figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawPrinterPort</name>
    <message>
        <source>The ticket printer is not connected (%1 is missing). Check that it is switched on and its USB cable is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket may not write to the ticket printer %1. Add this computer&apos;s kiosk user to the &quot;lp&quot; group, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer at %1 does not respond. Check that it is switched on, has paper and its cover is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be sent to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer device is set. Choose one in the printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer at %1 did not take the ticket in time. Check that it has paper and its cover is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer at %1 cannot be reached (%2). Check that it is switched on and connected to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer at %1 did not take the whole ticket in time. Check that it has paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMonthStore</name>
    <message>
        <source>reading the stored figures of a finished month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the figures of a finished month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseLetterPdf</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: the identity of the complainant is protected. Deliver to the addressee only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerArchive</name>
    <message>
        <source>%1 needs the program %2, which is not installed on this PC (Debian package postgresql-client). Install it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in time: the database server may be unreachable or very busy. Nothing was changed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the database server cannot be reached. Check that it is on and on the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the database server refused the login. Put the password in ~/.pgpass of this PC&apos;s user, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s role may not read every table. Run it as the database&apos;s owner (the role of &quot;loketctl db init&quot;), not as the PCs&apos; role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file is backed up as a file, not as a server&apos;s dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a backup of a Loket server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged or incomplete (%2): it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a server&apos;s dump, but not of a Loket database: it has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the server&apos;s backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>The service code is empty. Give a short code such as KTP or KK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service code &quot;%1&quot; may hold only capital letters, digits, &quot;_&quot; and &quot;-&quot; (e.g. KTP, SURAT_PINDAH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service code &quot;%1&quot; is longer than %2 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket prefix &quot;%1&quot; must be one or two capital letters, e.g. A or KK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service name is empty. Write the name citizens know, e.g. &quot;Perekaman KTP-el&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target service time must be between 1 and %1 minutes (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is not valid. Choose one of the office&apos;s units, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;. &quot;loketctl service list --all&quot; shows the codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by the service &quot;%2&quot;. Choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket prefix %1 is already used by the service &quot;%2&quot;. Choose another prefix, so that ticket numbers stay distinct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit chosen for the service does not exist. Choose one of the office&apos;s units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTarget</name>
    <message>
        <source>from the service standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the service standard (SK %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s own target (the standard promises %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s own target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the service&apos;s time target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardDocument</name>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · printed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE STANDARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT, version %1: not yet set by decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by decree no. %1 of %2 · in force from %3 · version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded: in force until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. Service delivery: what the public is promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. Internal management of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree no. %1 of %2 · in force from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: not yet set by decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAKLUMAT PELAYANAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree no. %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standard %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardPdf</name>
    <message>
        <source>The folder %1 does not exist, so the PDF cannot be written there. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardRecordStore</name>
    <message>
        <source>The entry was already removed. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the public consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the minutes of a public consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public consultation was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a public consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a public consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the publications of the standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a publication of a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a publication of a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reviews of the standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a review of a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a review of a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a publication of the Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the publications of the Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a publication of the Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the standard of a service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardRegister</name>
    <message>
        <source>Choose the services whose standards the public consultation discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the public consultation was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at least one group of society that took part (e.g. tokoh masyarakat, pengguna layanan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of participants has no name: name the group or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of participants of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes file is larger than %1 MB: scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the minutes file a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the medium the standard was published on (e.g. papan pengumuman, website, SIPPN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who reviewed the standard (a person or a team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service no longer exists. Reload the list of services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Maklumat Pelayanan has no text. Write the office&apos;s promise, or keep the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the number and the date of the decree of the Maklumat, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardRepository</name>
    <message>
        <source>reading the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the service standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a service standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering a new version of a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a service standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the standard is no longer a draft, so it cannot be changed. Open the standard again and edit its draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting a service standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the standard is no longer a draft: someone else set it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the previous version of a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a version of a standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardService</name>
    <message>
        <source>There is no service with the code &quot;%1&quot;. Check the code in the list of services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service no longer exists. Reload the list of services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard has no version %1. See the list of its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the standard was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard was not saved; correct these entries first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the standard for %2 was set by decree %3 and cannot be changed. Edit the draft instead: it starts as a copy of the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service&apos;s standard has no draft to discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the decree (nomor SK) that sets the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the decree that sets the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date from which the standard is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard cannot be in force (%1) before its decree is signed (%2). Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard for %1 has no draft to set. Edit the standard first: the draft starts as a copy of the version in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard for %1 cannot be set yet: these components are empty: %2. Fill them in the draft, then set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is in force from %2, so the new version must take effect after that date. Choose a later effective date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardText</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · draft, %2 of 14 components filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · decree %2 of %3, in force from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsCsv</name>
    <message>
        <source>The file is empty. It needs a header line: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column. The columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is missing from the header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has more fields than the header. Put text holding a comma in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: the code of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;. Add the service first, or correct the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is used twice for %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: the text of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;original&quot; (asli) or &quot;copy&quot; (fotokopi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one service time line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number from 1, e.g. 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;minutes&quot;, &quot;hours&quot; or &quot;working_days&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one cost line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an amount in rupiah such as 0, 10000 or 10.000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service that costs money must name the regulation that sets the fee (in the detail column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text %1. Remove it from the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsJson</name>
    <message>
        <source>%1: version %2, the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2, in force (decree %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2, in force until %4 (decree %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n publication(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n review(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n consultation(s) (the forum&apos;s record for this service)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file would delete or change %n version(s) of a standard that are or were in force, which a decree set. If that is really meant, add &quot;replace_in_force&quot;: true at the top of the file (see docs/standards-json.md) and run a dry run first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardsJsonReader</name>
    <message>
        <source>Unknown field. Check the spelling (see docs/standards-json.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be text (in quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number without quotes or separators, e.g. 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: enter the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, e.g. 2026-01-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be true or false (without quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list in square brackets [ … ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an object in braces { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot; in this database. Add the service first, or correct the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object, as written by &quot;loketctl standard export&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Loket standards file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer Loket (format %1; this one reads up to %2). Update Loket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;draft&quot;, &quot;set&quot; or &quot;superseded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft has no decree or effective dates yet: remove them, or give the status &quot;set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set standard needs the number of its decree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set standard needs the date of its decree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set standard needs the date it is in force from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard cannot be in force before its decree is signed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version in force has no end date; only superseded versions have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A superseded version needs the last day it was in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set standard must have all 14 components; empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: name the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;original&quot; or &quot;copy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;minutes&quot;, &quot;hours&quot; or &quot;working_days&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one draft; a service has at most one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is followed by version %2, so it must be &quot;superseded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 must end before version %2 takes effect (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest version that is not a draft must be &quot;set&quot; (in force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft must have a higher version number than the set versions (above %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one service whose standard the forum discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: list the services whose standards the forum discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be the code of a service in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at least one group of society that took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a name in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file content is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;no_change&quot;, &quot;revision_needed&quot; or &quot;revised&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the number and the date of the decree of the Maklumat, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is null: must be text (in quotes); leave the field out if it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text %1. Remove it from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is null: must be a whole number; leave the field out if it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is null: must be a date as YYYY-MM-DD; leave the field out if it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is null: must be a list in square brackets [ … ]; write [ ] for an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is null: must be an object in braces { … }; leave the field out if it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1). Check the commas, quotes and brackets around this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: the list is required; write [ ] if it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1. Remove it from the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionReviewCharts</name>
    <message>
        <source>Slips per month, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips per service (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions and questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionService</name>
    <message>
        <source>Sign in to read the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box opening %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no minutes numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 has no scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at least one member of the team that opened the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The box is opened before at least two witnesses: %n more to record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide what happens to every slip: %n without a decision (number %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the head of office&apos;s name in the office profile: the minutes are signed &quot;Mengetahui&quot; by the head of office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the suggestion boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the box a name, e.g. &quot;Kotak Saran 1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a box named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the box was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box cannot have been opened on a day still to come (%1). Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening was more than a year ago. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box cannot have been opened at a time still to come (%1). Check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on the seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal was found broken: write what was seen (e.g. &quot;segel sobek di sisi kiri&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period covered (%1) begins after the opening. Check the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box %1 is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening of %1 recorded earlier (number %2) is not signed yet: finish and sign it, or discard it, before opening the box again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes %1 are signed: a signed opening cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the opening is discarded (e.g. &quot;dicatat dua kali&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a NIP: a NIP has 18 digits (spaces allowed). Leave it empty for a witness from the public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded at this opening (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the slip says (a short summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the survey&apos;s elements U1 to U9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty or irrelevant slip has nothing to follow up: archive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person put in charge no longer has an active account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date is before the opening. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan %1 is too large (%2 KB; at most %3 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture or a PDF file: scan the slip again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes cannot be signed yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the suggestion box %1 (%2), opened on %3: minutes %4, slip %5.
%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at the opening of the suggestion box (minutes %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to record what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of this slip are not signed yet: a decision is carried out once they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 became complaint %2: it is done when the complaint is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 was archived: there is nothing left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 was already marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done (e.g. &quot;dijawab melalui papan pengumuman 3 Desember&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done is too long (at most 1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 was added without a decision meanwhile: decide it, then sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionStore</name>
    <message>
        <source>reading the suggestion boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the suggestion box opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the suggestion box openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the suggestion box opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the suggestion box opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the suggestion slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking the slip to its complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening was signed or removed meanwhile; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty or not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the follow-up team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to SP4N-LAPOR!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not our authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyCharts</name>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted value per element (NRR × 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office IKM (converted) over the periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyElements</name>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems, mechanisms and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost/tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product specification of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence of the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct of the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling of complaints, suggestions and input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities and infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyHandoffService</name>
    <message>
        <source>Loket %1 is no longer in use. Ask the administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such ticket to hand to the survey screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has not been served yet (%2): the survey is answered after the service. Finish the ticket first, then hand it to the survey screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was not served at loket %2: only its own counter hands it to the survey screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey for ticket %1 has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is already waiting at the survey screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 cannot be given the survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handing the ticket to the survey screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the tickets served at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket was finished at loket %1 in the last %2 minutes: nothing to hand to the survey screen. Finish the citizen&apos;s ticket first, then press F12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the tickets handed to the survey screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the survey&apos;s hand-over as answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyMonthStore</name>
    <message>
        <source>reading the stored survey figures of a finished month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the survey figures of a finished month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyPeriod</name>
    <message>
        <source>Quarter %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter, short (a chart&apos;s axis)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <comment>a semester, short (a chart&apos;s axis)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyPlanService</name>
    <message>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the follow-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the respondents&apos; comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1 has no comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving what was decided about the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is already complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a satisfaction-survey response (%1), in the respondent&apos;s words: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the follow-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up item %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a survey period: give it as 2026-Q3, 2026-S1 or 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element: U1 to U9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person in charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date is before the end of %1: a follow-up comes after the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the follow-up item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up item that is done is kept as it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what shows the item was done (a photo, a letter&apos;s number, a link): evaluators ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the result was published (a notice board, the website, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication date must be a day from the start of %1 until today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s date must be a day from the start of %1 until today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the forum&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improve %1: find the causes with the staff and the public, and act on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improve %1 at %2: find the causes with the staff and the public, and act on them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyReport</name>
    <message>
        <source>Under 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20–29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30–39</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40–49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50–59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed questionnaire of nine elements with four answers each (PermenPANRB 14/2017), filled in by the service users themselves right after being served: on the survey screen in the service room, on a paper form, or online. The respondents are anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satisfaction survey team appointed by the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satisfaction survey team of %1, appointed by the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service room of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s service room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (at most 2,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the survey&apos;s trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the survey responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyReportPdf</name>
    <message>
        <source>CHAPTER %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPENDIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard wording of PermenPANRB 14/2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (a = 1 … d = 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile asked with it: gender, age, education (%1), occupation (%2) and the service received; no name. Every answer is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw data summarised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) from %1 to %2. Per element, how many respondents gave each answer and how many left it out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every response (a blank: not answered):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln response(s), one row each with the answers U1 to U9, are in the report&apos;s workbook (XLSX).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting used: 1/9 for each of the nine elements (the regulation&apos;s definition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting used: %1 for each of the nine elements (as printed in the regulation; the exact weight is 1/9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law 25/2009 on Public Services obliges every public service provider to involve the public in running its services and to evaluate its performance regularly. The community satisfaction survey (SKM) measures, from the users&apos; own opinion, how satisfied they are with the service received, on nine elements set by PermenPANRB 14/2017. %1 runs the survey to know the quality of its services and to act on what its users say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law Number 25 of 2009 on Public Services;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation of the Minister for Administrative and Bureaucratic Reform (PermenPANRB) Number 14 of 2017 on the Guidelines for the Community Satisfaction Survey of Public Service Units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey is meant to measure the level of the community&apos;s satisfaction with the services of %1 as a basis for improving them. Its objectives are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to know the community satisfaction index (IKM) of the office and of each service;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to find the weakest elements of the service, to be improved;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to plan the follow-up and to publish the result to the public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each element is answered 1 to 4. The element&apos;s average value (NRR) is the sum of its answers divided by the number of respondents who answered it; the index (IKM) is the sum of the nine NRRs, each weighted; the converted index is IKM × 25 on the scale 25–100, rounded once, half up, to two decimals. Grades: A (Sangat Baik) from 88,31, B (Baik) from 76,61, C (Kurang Baik) from 65,00, D (Tidak Baik) below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey covers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population and sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population is the number of citizens served in the period, from the queue: N = %1. The minimum sample by Krejcie and Morgan, S = 3,841 · N · 0,25 / (0,0025 · (N − 1) + 3,841 · 0,25), is %2 respondents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) answered: the sample is sufficient.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) answered: the sample is not yet sufficient, %1 more are needed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index per element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM (sum of the weighted NRRs, scale 1–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted IKM (IKM × 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted NRR (× %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No respondent answered %1: without all nine elements the index is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community satisfaction index of %1 for %2 is %3, grade %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community satisfaction index of %1 for %2 cannot be given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service was used or rated in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted IKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weakest and the strongest elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element was answered in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, grade %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up starts with the weakest elements, above all those graded C or D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up item has been recorded for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: %1 (%2) has no follow-up item yet: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result and the plan were discussed with the public in a forum on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result and the plan have not yet been discussed in a public forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result has not been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the result was published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rose by %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell by %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stayed as in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted index of %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 respondents, the community satisfaction index of %2 for %3 is %4, grade %5, computed with the weight %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 respondents the index of %2 for %3 cannot be given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result will be followed up as planned and published to the public. We thank every respondent for their opinion, which helps us serve better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of office,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMUNITY SATISFACTION SURVEY REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKM report %1 · %2 · weight %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyReportXlsx</name>
    <message>
        <source>Weighting: 1/9 per element (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting: 0.111 per element (as printed in the regulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted (NRR × 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM converted (IKM × 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community satisfaction survey: data per respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of values per element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents answering per element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR per element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted NRR per element (× %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM (sum of the weighted NRRs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM converted (IKM × 25, rounded half up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community satisfaction index (IKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served in the period (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum sample (Krejcie–Morgan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM of the service %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>reading the survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quarter (1 to 4), a semester (1 or 2) or a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first and the last day of the survey&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: the last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the citizens served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version %1 has no question for %2; the database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a survey element: use U1 to U9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question for %1: an element can be reworded, not left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the four answer labels for %1, from the worst (1) to the best (4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already reads like this in the current questionnaire: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice %1 is too long (at most 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the list of %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of %1 has more than 30 choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey screen records only the answers given on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses of the survey screen are recorded by the screen itself. Enter a form as a paper or online response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response cannot have been given in the future. Check the date on the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response answers no question. Enter at least one answer (1 to 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a survey element: the answers are for U1 to U9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 must be 1, 2, 3 or 4 (it is %2); leave it out if it was not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender is L (laki-laki) or P (perempuan), or left empty; not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age must be 10 to 120 years (it is %1), or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office does not ask the respondent&apos;s %1: leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a choice of %2: choose one of %3, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket given for this response does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket given for this response has not been served. The survey is answered after the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey for this ticket has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was served for another service than the one chosen for this response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service the respondent received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is dated before the ticket was served. Check the date on the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first line must be the header %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 rows; import at most %2 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is missing from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of the file is not the survey&apos;s: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no responses under its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is paper or online, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be YYYY-MM-DD (or YYYY-MM-DD HH:MM), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age must be a whole number of years, 10 to 120, or empty; not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is 1, 2, 3 or 4, or empty when not answered; not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyTexts</name>
    <message>
        <source>How well do the requirements of the service match the kind of service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less suitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very suitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How easy is the service procedure at this office?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast was the service given?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fair is the fee or charge for the service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very expensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly expensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well does what you received match the product named in the service standard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How competent were the officers who served you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How polite and friendly were the officers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not polite and friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less polite and friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polite and friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very polite and friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are the complaints of service users handled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a way, but it does not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works, not fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How good are the facilities and the building?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servant (PNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed forces (TNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police (POLRI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior high (SMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior high (SMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma (D1–D3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor (S1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master (S2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>holds a NUL character (position %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds only an invisible byte order mark (U+FEFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds an invisible byte order mark (U+FEFF, position %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a line break (position %1); it must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a control character (%1, position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2. Type it again without it (copying from another program can bring such characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a hidden direction mark (%1, position %2) that changes how it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds only invisible characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextIndex</name>
    <message>
        <source>updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <source>People ahead of you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please prepare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPdf</name>
    <message>
        <source>The folder %1 does not exist, so the ticket PDF cannot be written there. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket PDF %1 cannot be written: check that the folder is writable and the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket PDF %1 could not be finished. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPrintout</name>
    <message>
        <source>This service is free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1, as set in the service standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this ticket until your number is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketRules</name>
    <message>
        <source>Loket %1 is paused (%2). Open it again before calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is closed. Open it before calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not at loket %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is at loket %2, not at loket %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is from %2 and can no longer be called or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 does not serve %2 (ticket %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was sent to loket %2: only that counter calls it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is still busy with ticket %2 (%3). Finish it, mark it as not come, or put it on hold before calling another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>reading tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the new ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the ticket&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the ticket&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCatalog</name>
    <message>
        <source>reading the units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit named &quot;%1&quot;. Check the spelling, or add the unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name is empty. Write a name, e.g. &quot;Seksi Pelayanan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name is longer than %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A password needs at least 8 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name. Choose something others cannot guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: letters a-z, digits 0-9, dot, underscore or hyphen, without spaces (for example &quot;siti.rahma&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIP has 18 digits. Check the number, or leave it empty for staff without a NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full name of %1, as it is written on official letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is longer than 100 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;. Check the spelling against the list of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator: without one nobody could manage users any more. Make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket already has user accounts, so a first administrator cannot be created again. Sign in as an administrator to add users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists. Choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the new user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct. Type it again; the password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the new password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocking the account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>reading the user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the list of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the administrators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceStatus</name>
    <message>
        <source>The voice is starting; calls are chimed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are spoken in Indonesian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is switched off in the board settings: calls are announced with the chime only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech program loket-voice is missing or cannot run (reinstall Loket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speech engine is installed (install speech-dispatcher and espeak-ng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine has no Indonesian voice (install espeak-ng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine reports an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine does not answer (speech-dispatcher hangs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call was not finished in time (is a sound device connected?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech program stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the voice is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: %1. Calls are announced with the chime only; the board tries the voice again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>&quot;%1&quot; is not an opening-hours entry. Write days and times like &quot;mon-fri 07:30-16:00&quot; or &quot;sat 08:00-12:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown day. Use mon, tue, wed, thu, fri, sat, sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the day range must run forward within one week (e.g. mon-fri).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: times must be written HH:MM, e.g. 07:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the opening time must be before the closing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is given twice. Name each day once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours name no open day. Write e.g. &quot;mon-fri 07:30-16:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-desk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIB (UTC+7, western Indonesia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITA (UTC+8, central Indonesia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIT (UTC+9, eastern Indonesia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must be between 0 and 3660.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has users: demo data goes only into a new database. Give another --database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing demo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal printer on USB (ESC/POS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer installed in the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (for testing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer: show tickets on screen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the counters&apos; services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting today&apos;s served tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired at closing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket is already set up: sign in with an existing account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: choose WIB, WITA or WIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System, mechanism and procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost/tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling of complaints, suggestions and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities and infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence of the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and safety guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance evaluation of the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requirement has no document name: name the document or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sheets must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step has no description: describe it or remove the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service time cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost cannot be negative; enter 0 for a free service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service that costs money must name the regulation that sets the fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product has no name: name it or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint channel has no name (e.g. SP4N-LAPOR!, WhatsApp, kotak saran).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still adequate, no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem. Correct it and import it again.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems. Correct them and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set (in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another folder (if it is on a USB drive, plug the drive in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Choose a folder Loket may write to, or ask the administrator to give write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the file was not written (the unfinished copy was removed). Free some space or choose another disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to %2 failed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no ticket printer. Please note your number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for PDF tickets is missing or not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Install the ticket printer or choose another kind of printer in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not installed on this computer. Check its name in the printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not accept the ticket. Check it in the system&apos;s printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket: the public-service counter of an Indonesian government office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start one screen only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in this username at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Loket database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket database (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has been restored. The previous database was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday&apos;s queue could not be closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket started, but needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than 5 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 hr %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the recent service times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: id (Indonesian, the default) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;loket --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The language is also taken from LOKET_LANG; without either, Indonesian.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup in %1 to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the newest backup from before: %1 (saved %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s write-ahead log was cut off in its last write (normal after a power cut or a crash): the change being saved at that moment was not saved. A copy of the log was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything saved in it since the last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved after the damage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the database&apos;s write-ahead log was damaged, so %1 could not be read and is missing from the database (tickets issued then may be issued again under the same numbers). A copy of the log was kept as %2 for a technician. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new Loket database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Loket database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Loket database at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database there? Loket then asks for the office and its first administrator. If the office&apos;s database is somewhere else (another folder, a USB drive), choose that file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was changed outside Loket: its chain is %1. Today&apos;s backup was made all the same; keep it and the backups before it, and ask an administrator to look into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints could not be closed automatically: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion box review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --mode survey: the counter (loket number) whose served tickets this survey screen takes, e.g. 2 or 1,2 (default: every counter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--counter takes loket numbers, e.g. 2 or 1,2; not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitors per day must be between 1 and 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month&apos;s report could not be written into its folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the office&apos;s database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database, as postgresql://user@host:port/database (ask the administrator; docs/deployment.md). The password is asked for when the server wants one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history&apos;s daily check could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was changed outside Loket: its chain is %1. Keep the backups, and ask an administrator to look into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint history was changed outside Loket: its chain is %1. Keep the backups, and ask an administrator to look into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::PostgresChangeFeed</name>
    <message>
        <source>Cannot reach the database server %1 to follow changes: live updates wait until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::SqliteChangeFeed</name>
    <message>
        <source>The database %1 does not exist, so changes to it cannot be followed. Check the database location in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch the database %1 for changes. Live updates are off: restart Loket, and if it happens again check the database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change that matters and every refused attempt, newest first. Entries cannot be edited or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 entries; scroll down for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log chain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log chain intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the audit log was changed outside Loket. Its chain is %1. Keep this database and its backups as they are and report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::BackupsTab</name>
    <message>
        <source>Loket backs up the database at the first start of each day and keeps a copy of each month. Copies are taken while Loket runs and are checked before they are kept. Copy the backup folder to another disk regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the next automatic backup keeps %1 daily and %2 monthly copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged log was looked at: hide this warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer can read the database %1 (every citizen&apos;s data and password hashes). Make it private with this command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded after that backup was made is replaced by the backup&apos;s content. The current database is kept beside it, so nothing is deleted. Close Loket on the other computers and screens (kiosk, board, counters) first.

Loket will sign you out and restore now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the empty backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::BoardModel</name>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::BoardSettingsTab</name>
    <message>
        <source>What the display board in the waiting hall shows and says (loket --mode board).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken in Indonesian. {nomor} is the ticket number, {loket} the counter, {layanan} the service. Leave empty for the usual sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit by digit (A nol nol satu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a number (A satu, A seratus satu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak each call (otherwise the board only chimes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The display boards show the change within a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the usual text: the office&apos;s name, its opening hours and the first line of the Maklumat Pelayanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display board has reported yet (it does when it starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the board on %2, since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::BoardWindow</name>
    <message>
        <source>Loket display board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board cannot read the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::BoxesDialog</name>
    <message>
        <source>Suggestion boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kotak Saran 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ruang tunggu lantai 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CalendarTab</name>
    <message>
        <source>Working days decide complaint deadlines and service times given in working days. Religious holidays move every year: import the official list (SKB) each year as a CSV file (date,kind,name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add holiday…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuti bersama closes the office (counts as a holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuti bersama now closes the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office now opens on cuti bersama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holidays listed for %1: import the official list for that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holidays listed.</source>
        <translation>
            <numerusform>%n holiday listed.</numerusform>
            <numerusform>%n holidays listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hari Jadi Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2)? That day becomes a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 already listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CallPanel</name>
    <message>
        <source>Now calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintFileView</name>
    <message>
        <source>Show identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who complained. Every view is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the complainant&apos;s receipt on the ticket printer (or save it as a PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response letter (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter on the office letterhead with the latest response, for signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a complaint in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SP4N-LAPOR! %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First follow-up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes by itself on %1 if the complainant does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant: anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant: confidential (rahasia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant: hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant: confidential, seen only by the follow-up team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo (JPEG, PNG) or a PDF scan the complainant brought later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the suggestion box: minutes %1, slip %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintFormDialog</name>
    <message>
        <source>Log a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields with * are needed. The complainant gets the register number (and the receipt) as soon as it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no particular service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Waited two hours, no officer at counter 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, when and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when it came from or goes to SP4N-LAPOR!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss suffered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SP4N-LAPOR! number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: the person is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone or WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only for what is needed to answer (UU 27/2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo or scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and give the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (being served)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: only the follow-up team sees who it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintListModel</name>
    <message>
        <source>not yet assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintReportDialog</name>
    <message>
        <source>Monthly complaint report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF carries the letterhead and the signature block; the workbook has one sheet per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up to completion: &lt;b&gt;%1&lt;/b&gt; (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling deadline missed: &lt;b&gt;%1&lt;/b&gt; (%2 answered late, %3 still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintStepDialog</name>
    <message>
        <source>Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the complainant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office it goes to, when it is not ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to the complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 800/123/Kec.CK/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the complainant is asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the complaint waits for the complainant its deadlines stand still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else in the follow-up team can take it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a complaint (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the texts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) found, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is registered as &lt;b&gt;%1&lt;/b&gt;. Give this number to the complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ConnectionBanner</name>
    <message>
        <source>The connection to the server is lost — trying again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ConsultationDialog</name>
    <message>
        <source>Record a public consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Forum Konsultasi Publik (PermenPANRB 16/2017). One forum often discusses the standards of several services: tick each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Aula Kantor Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the participants said and what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (berita acara)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants by group of society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (optional, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ContentForm</name>
    <message>
        <source>The documents a citizen brings. Say whether the original or a copy is needed, how many, and any condition (&quot;still valid&quot;, &quot;legalised&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps from arrival to handing over the product, in order, and who does each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the service takes once the file is complete. The queue measures actual service against this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Free when nothing is charged. A fee needs the regulation that sets it; a fee without one is an illegal levy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen receives: the document, the letter or the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where citizens can complain or give suggestions, and how to reach each channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laws and regulations the service rests on, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms, equipment and facilities, including those for people with disabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The education, knowledge, skills and attitude the staff need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who supervises the service inside the office, and how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people deliver the service, and in which roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise that the service follows this standard, and the sanction when it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the citizen&apos;s data, documents and safety are protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and how often the performance of the staff is evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free (Gratis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regulation that sets the fee, or that makes the service free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterActions</name>
    <message>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the next ticket in the line&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the same ticket again on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen has come: start the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is done; the note is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody came after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the ticket (the citizen fetches a document) and serve others meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the ticket to another service or counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the ticket selected in the waiting list out of its turn (a reason is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a citizen who has no ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a ticket for a citizen (when the kiosk or its printer is down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected held ticket back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 called again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 marked as not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket waits at this counter until you resume it. Why is it held?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching a missing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a photocopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying at the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket in the waiting list first, then press F8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ticket %1 out of turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling a ticket before its turn is recorded with your name. Why is %1 called now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back with the missing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a citizen served at once without a ticket. The visit is numbered and counted like any ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in %1 is being served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a citizen when the kiosk or its printer is down. The ticket joins the line like one from the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen has come after all: take the no-show back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish, call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this citizen (the note is kept) and call the next ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 finished, ticket %2 called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 finished. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is back at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a complaint the citizen tells at the desk (the ticket and service are filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 logged: give this number to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the ticket just finished to the survey screen, so the citizen answers the satisfaction survey there without typing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 (%2) is handed to the survey screen: invite the citizen to answer it there. It waits %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterBar</name>
    <message>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at this counter, so its calls are yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the counter (or end its pause) so it calls tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop calling for a while; the reason is shown to the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the counter and sign out of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in at this counter. Close it to work at another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counter is set up. Ask the administrator to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in at loket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the counter pausing? The supervisor sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prayer break (ishoma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer or printer problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is closed and you are signed out of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterPage</name>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the order this counter calls them. Double-click a ticket (or select it and press F8) to call it out of turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets parked at this counter. Double-click one (or select it and press Shift+F6) to call it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for loket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account does not serve at a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator for an officer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counter chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your counter above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to loket %1 to serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+O to open the counter, or Ctrl+I to sign in at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+O to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+O to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets appear in the list as soon as they are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F1 or Space to call the next ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served today at loket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole office: %1 waiting, %2 served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 marked as not come (Ctrl+Z takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on PC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You also work at loket %1 in another Loket window (%2). Two windows at one counter call two citizens at once: close one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterStatusModel</name>
    <message>
        <source>%1 · serving for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · called %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterWindow</name>
    <message>
        <source>Loket — Counter — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CountersTab</name>
    <message>
        <source>Each counter calls only the services it serves. The number is what the display board announces: &quot;silakan menuju loket 2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add counter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Loket 2 — Kartu Keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the service when the citizen is called (one key per citizen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: F1 finishes the citizen at the counter and calls the next, whose service starts at once; the service time then includes the walk to the counter. Off: the officer presses F3 when the citizen arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: calling a ticket now starts its service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the officer starts each service with F3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CurrentTicketPanel</name>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome or note, kept when you finish (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements (Standar Pelayanan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEING SERVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLED — waiting for the citizen to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (called %2 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in, not called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard is in force for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the service&apos;s target of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardComplaints</name>
    <message>
        <source>The first %1 complaints, by receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints, by receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardEvaluation</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the evaluators (KemenPANRB&apos;s PEKPPP, Ombudsman RI) look at, and the evidence Loket holds for each point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence in Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check on %1: %2 met, %3 partly, %4 missing of %5 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to print before the evaluators visit: a print preview or a PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardPage</name>
    <message>
        <source>Monthly dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the month&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the month again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tickets of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM per survey period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s &quot;Laporan Bulanan Pelayanan Publik&quot;: print preview, PDF or Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to see those complaints of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints of the month by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion-box slips by decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response to complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardRecords</name>
    <message>
        <source>The first %1 tickets, by arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets, by arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::DecreeDialog</name>
    <message>
        <source>Set the standard by decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the standard for %2 comes into force on the date below and replaces the version in force now, which ends the day before. A set version cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree number (nomor SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::EvaluationReportMenu</name>
    <message>
        <source>Making the evaluation self-check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evaluation self-check as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation self-check — print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket is set up once for the office. You can change all of this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kecamatan Sukamaju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Bandung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIB — Western Indonesia (UTC+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITA — Central Indonesia (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIT — Eastern Indonesia (UTC+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Drs. H. Ahmad Fauzi, M.Si.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City / regency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages users, services, counters and backups. Keep its password safe: it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, not the same as the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office&apos;s name: it is printed on tickets and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::GeneralTab</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket uses the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Loket uses the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::HeatMap</name>
    <message>
        <source>Tickets issued by weekday and hour of the day, darker is busier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors by hour and weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2.00–%3.00: %4 tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::IssuedTicketDialog</name>
    <message>
        <source>Ticket %1 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskIdlePage</name>
    <message>
        <source>Touch the screen to take a queue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority service for the elderly, people with disabilities, pregnant women and mothers with children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskPriorityPage</name>
    <message>
        <source>Do you need priority service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority tickets are called first. The officer may ask you to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, a regular number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your turn in the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskServicePage</name>
    <message>
        <source>Choose a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the service you came for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service takes queue numbers at the moment. Please ask at the information desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskTicketPage</name>
    <message>
        <source>Your queue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your ticket. Your number will be called on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please remember your number: it will be called on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your number is %2: it will be called on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::KioskWindow</name>
    <message>
        <source>Loket ticket kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is a holiday: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket was issued: the connection to the server is lost. Please wait a moment and tap again, or ask an officer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::LoginDialog</name>
    <message>
        <source>Sign in — Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. petugas1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>Loket — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::MaklumatDialog</name>
    <message>
        <source>Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s written promise to serve to its standards, and to accept sanctions when it does not. Signed by the head of office and displayed at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIPPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add publication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the publication on %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::MonitorPage</name>
    <message>
        <source>Queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s queue, live: it changes as soon as a ticket is taken or called anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected ticket to another service or counter; it keeps its arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen has left or the ticket was taken by mistake; a reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting, by arrival: %1 (%2 priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 waiting, %2 served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 (%2) leaves the line for good. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken twice by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong service, a new ticket was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is not available today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display board: no voice, chime only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::MonthlyReportMenu</name>
    <message>
        <source>Write each month&apos;s report by itself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for each month&apos;s report (PDF and workbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report is no longer written by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first working day of each month, Loket writes the month before&apos;s report into %1 when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the monthly report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report — print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::MyAccountPage</name>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, not the same as your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::OfficeTab</name>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kecamatan Sukamaju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Bandung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City / regency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Camat Sukamaju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the office logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Loket can read. Choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New logo chosen: press Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::OpenSessionDialog</name>
    <message>
        <source>Open a suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen (required when the seal is broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no suggestion box yet: add one under &quot;Suggestion boxes&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::PrinterSettingsTab</name>
    <message>
        <source>The printer of queue tickets at the kiosk and the counters. When it is off or missing, tickets are still issued and shown on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most USB thermal printers appear as /dev/usb/lp0. The kiosk&apos;s user must be in the &quot;lp&quot; group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s IP address, with the port if it is not 9100. Give the printer a fixed address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printer installed in the operating system, with a page as wide as the roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ticket becomes a PDF file there, e.g. tiket-2026-11-23-A-001.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets are shown on screen only; the kiosk asks citizens to note their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by the printer (most ESC/POS printers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as an image (printers without QR support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for PDF tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The kiosk uses this printer from its next ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper is cut cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code below can be scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can read this, tickets will print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test ticket was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page a citizen&apos;s phone opens from the ticket: your status page or survey. {nomor} becomes the ticket number, {tanggal} the day (2026-12-02), {layanan} the service code. Empty: tickets have no QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk opens early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk issues tickets from opening time (Calendar tab) minus these minutes until closing, and says when it opens again outside those hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last printer problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the last ticket printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::PublicationDialog</name>
    <message>
        <source>Add publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 was published. Evaluators give full marks for four or more media plus SIPPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papan pengumuman, website, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link, or where it hangs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On SIPPN (the national public-service information system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ReasonDialog</name>
    <message>
        <source>Type or choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::RecordsPanel</name>
    <message>
        <source>Public consultations (Forum Konsultasi Publik) that discussed this standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this standard was published. Full marks: four or more media plus SIPPN, dated after the decree of the version in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIPPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews of this standard. Evaluators expect one every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add publication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save minutes as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consultation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publication on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consultation is one record for all the services it discussed: it is removed from each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutes were attached to this consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportMenu</name>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Excel workbook (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is still being made; a moment please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review of the standard for %1. Evaluators expect every standard to be reviewed every year; the next review falls due a year after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person or a team, e.g. Tim Evaluasi Standar Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, and what is to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a line after the selected one (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceDialog</name>
    <message>
        <source>Edit service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Perekaman KTP-el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered (shown on the kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket letter *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of this service are numbered %1-001, %1-002, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-time target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order on the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceLoadModel</name>
    <message>
        <source>No open counter serves %1: its tickets are not being called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceStrip</name>
    <message>
        <source>Waiting now, per service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ServicesTab</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SessionView</name>
    <message>
        <source>Sign the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the decision on the selected slip (answered, forwarded to SP4N-LAPOR!, not our authority) was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP (empty: member of the public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team and witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an opening in the list, or open a suggestion box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team and witnesses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1e7a34&apos;&gt;Signed&lt;/b&gt; · minutes &lt;b&gt;&lt;nobr&gt;%1&lt;/nobr&gt;&lt;/b&gt; · signed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b04a00&apos;&gt;Draft&lt;/b&gt; · the minutes get their number when signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not decided</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n slip(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed on %1: the minutes are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be signed yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign the minutes of %1 opened on %2?

• The minutes get their number.
• %n slip(s) decided &quot;to the follow-up team&quot; become complaints on the follow-up team&apos;s list, received on the day of the opening (their deadlines start then).
• Nothing in this opening can be changed afterwards: the team, the witnesses and the slips are final.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The minutes are signed as %1; %n complaint(s) created for the follow-up team.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft-minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the minutes as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done for slip %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on the announcement board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded through SP4N-LAPOR!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on to the agency in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SlipEntry</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SP4N-LAPOR!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not our authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service · element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the slip says… (Enter saves and starts the next slip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later: the minutes cannot be signed until every slip is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;lement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save slip (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the change (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click a row to change it, Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 (changing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody named &quot;%1&quot;: pick a person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove slip %1 (&quot;%2&quot;)? The slips after it move up a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SpeechProcess</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sentence did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech program crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech program found no usable voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech program ended (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardEditor</name>
    <message>
        <source>Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by decree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of version %1, started from version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version %1, starting as a copy of version %2. Saving makes it the draft; version %2 stays in force until the new one is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First standard for this service. Save it as a draft at any time; set it by decree once all 14 components are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All 14 components are filled in.&lt;/b&gt; The standard can be set by decree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of 14 components filled in.&lt;/b&gt; The empty ones are marked ○ in the list; all 14 are needed to set the standard by decree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved. Correct these entries first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is saved, but it cannot be set by decree yet. Still empty (⚠ in the list): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is set by decree %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft of version %1? The version in force stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the draft before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardPanel</name>
    <message>
        <source>← Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the register (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the standard (A4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counter poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the standard as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the poster as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has no standard yet. Choose &quot;Edit standard…&quot; to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has no standard yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue draft…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardRegisterModel</name>
    <message>
        <source>A draft (version %1) is being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force, draft open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What evaluators check, in order: all 14 components, set by decree, public consultation held, published on 4+ media and SIPPN, reviewed within the review period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered: not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Components %2/14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Set by decree %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Not set by decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Consulted (groups of society heard: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No public consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Published (media: %2 of %3, SIPPN: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reviewed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Not reviewed in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardViewer</name>
    <message>
        <source>Draft: not in force. The public sees the version set by decree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in force: comes into force on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded: this version was in force until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardsPage</name>
    <message>
        <source>Service standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Standar Pelayanan of every service (UU 25/2009, PermenPANRB 15/2014): the version in force, its decree, when it is due for review, and the five marks evaluators look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards whose yearly review is due within 30 days or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services without a standard in force, or with empty components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maklumat Pelayanan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue draft…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SuggestionReminderBar</name>
    <message>
        <source>%1 has not been opened in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have not been opened in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SuggestionReviewPage</name>
    <message>
        <source>Suggestion box review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 12 months up to the month chosen, and every decision not yet carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the review again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and survey elements that slips named in two or more of the 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions not yet carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions not yet carried out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring themes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past their target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openings of a box this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decisions in the 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done by their target (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 every active box was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 months, %3 slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service or element came back in two or more months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision has been carried out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SuggestionSettingsTab</name>
    <message>
        <source>Every box is opened once a month in front of two witnesses. From the day set here, the supervisor sees a reminder of each box not opened yet that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 1 to 28 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind from day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{YYYY} the year, {MM} the month, {NN} or {NNN} the opening&apos;s sequence in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first minutes of this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern needs the year {YYYY} and one sequence {NN} or {NNN}, for example BA/KS/{YYYY}/{MM}/{NN}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the reminder starts on day %1 of the month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SuggestionsPage</name>
    <message>
        <source>Suggestion boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion boxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a suggestion box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips</source>
        <comment>a column: how many slips</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is opened. Record the team and the witnesses, then type the slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard the opening of %1 on %2 with its %n slip(s)? Say why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft opening of %1 is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyCommentsPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the follow-up plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment asks for an improvement: plan it as a follow-up item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is a complaint: log it for the follow-up team (anonymous, received when the response was given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appreciation or a remark that needs no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this comment as an anonymous complaint for the follow-up team? It is received on the day the response was given, so its deadline counts from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No respondent wrote a comment in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comment(s) in %2, %3 not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is in the follow-up plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is on the follow-up team&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyEntryPage</name>
    <message>
        <source>Survey forms on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a stack of forms: the nine answers as printed, the profile, Enter. A saved response cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date on the forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (1–4; 0 or space: not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender (L/P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment on the form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the respondent wrote it (optional); Enter saves the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education: %1
Occupation: %2
By number or first letter; 0 or space: not given. Backspace goes back a field, Esc empties the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save form (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in this sitting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type 1, 2, 3 or 4; 0 or a space when it was not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: type L or P; 0 or a space when it is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age: type the years in digits; a space when it is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type the number or the first letter of a choice: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L (male)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P (female)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: %1 · Age: %2 · Education: %3 · Occupation: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender|sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date|future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer|element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service|ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyForumDialog</name>
    <message>
        <source>Public forum — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day of the forum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum where the result and its follow-up plan were discussed with the public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyIdlePage</name>
    <message>
        <source>How was our service today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you are served, the officer at the counter prepares the survey for you here. Nine short questions; your answers are anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyPlanDoneDialog</name>
    <message>
        <source>Follow-up item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows it was done: a photo&apos;s place, a letter&apos;s number, a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyPlanItemDialog</name>
    <message>
        <source>New follow-up item — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or position, e.g. Kasi Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person in charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyPlanPanel</name>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record publication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public forum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the public forum discussed the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge</source>
        <comment>short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed (elements graded D without an item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up item for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2 done (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the target date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media published on: %1 (evaluators want 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public forum on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no public forum recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no element)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element is graded D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyProfilePage</name>
    <message>
        <source>The age is 10 to 120 years. Correct it, or erase it to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little about you (you may skip this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without your name: it only counts who answered. Touch a choice again to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyPublicationDialog</name>
    <message>
        <source>Result published — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to see it: an address, a post, a photo (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluators look for the result on four media or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyQuestionPage</name>
    <message>
        <source>Satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction survey · the service you received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question ›</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyReportMenu</name>
    <message>
        <source>Save the SKM report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the SKM report as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the SKM report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKM report — print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyResultsPage</name>
    <message>
        <source>Survey results (IKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s roll-up of the periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the results again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office IKM (converted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM (converted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · The index is Σ NRR × weight × 25, rounded once to two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up plan (%1 items, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up plan (%1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no responses in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: nobody answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responses in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krejcie–Morgan, of %1 citizens served (queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 respondents of the %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service was served or surveyed in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKM report (Laporan Survei Kepuasan Masyarakat) of the period shown, in the standard outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents&apos; comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents&apos; comments (%1, %2 to decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents&apos; comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyScreen</name>
    <message>
        <source>Loket satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey screen of every counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey screen of loket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey screen cannot read the database just now. Please tell the officer at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey is prepared for you yet. When you have been served, the officer at the counter starts it here for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has not answered for %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveySettingsTab</name>
    <message>
        <source>The satisfaction survey (SKM): the period its results are given for, the weighting of the index, and the respondent&apos;s profile choices on the forms and the survey screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regulation&apos;s weight is 1/9; it prints it as 0,111, which many evaluators&apos; spreadsheets use. Every result says which was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education / occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice a line, in the order of the form (staff type their number). An empty list: the question is not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The forms and the results use it from their next opening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyThanksPage</name>
    <message>
        <source>Sorry, your answers could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers help us improve our service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left every question unanswered, so nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell the officer at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::TicketListModel</name>
    <message>
        <source>only loket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served with priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::TicketPrinter</name>
    <message>
        <source>The ticket printer did not answer within %1 seconds. Check that it is switched on and has paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::TicketServiceDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::TransferDialog</name>
    <message>
        <source>Transfer ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ticket &lt;b&gt;%1&lt;/b&gt; to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket goes back to waiting and keeps its arrival time, so the citizen does not lose their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any counter that serves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digits, for civil servants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters. The user can change it after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::UsersPage</name>
    <message>
        <source>Who may sign in, and what each role may do: administrators run the system, supervisors review and set standards, front-desk officers serve the queue, the follow-up team handles complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They will not be able to sign in. Their records stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::VersionHistory</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the components that changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard has no version to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different versions to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same 14 components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 14 components changed from version %2 to version %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loketctl</name>
    <message>
        <source>No backups in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a file or folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: %1 (%2, schema version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2 (schema version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a checked copy of the database, or list the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a backup in place of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: list, add, rename, activate or deactivate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the unit name in quotes (and for &quot;rename&quot; the new name too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: list, add or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one service code, e.g. KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new service needs --prefix and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--active takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service added: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service changed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one counter number, e.g. 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter added: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter changed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add, rename and deactivate the office&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] unit SUBCOMMAND [ARGS]

  unit list [--all] [--json]      (--all: with deactivated units)
  unit add &quot;NAME&quot;
  unit rename &quot;NAME&quot; &quot;NEW NAME&quot;
  unit deactivate &quot;NAME&quot;  |  unit activate &quot;NAME&quot;

Changes need an administrator (--user NAME) and are written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add and change the services (jenis layanan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] service SUBCOMMAND [ARGS]

  service list [--all] [--json]  (--all: with deactivated services)
  service add CODE --prefix P --name &quot;NAME&quot; [--unit &quot;UNIT&quot;] [--target-minutes N] [--sort N]
  service update CODE [--code NEW] [--prefix P] [--name &quot;NAME&quot;] [--unit &quot;UNIT&quot;|&quot;&quot;]
                      [--target-minutes N] [--sort N] [--active yes|no]

CODE is unique, in capitals, digits, _ and - (e.g. KTP). The prefix (1-2 capital letters, unique) starts the ticket numbers, e.g. A-001. The target is the service time the queue is measured against (default 15 minutes). Services are never deleted: deactivate one with --active no.
Changes need an administrator (--user NAME) and are written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counters (loket): list, add, change; open, pause, close, sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] counter SUBCOMMAND [ARGS]

  counter list [--all] [--json]
  counter add NUMBER [--name &quot;NAME&quot;] [--services KTP,KK]
  counter update NUMBER [--number N] [--name &quot;NAME&quot;] [--services KTP,KK] [--active yes|no]
  counter open NUMBER | pause NUMBER --reason TEXT | close NUMBER | signin NUMBER [--json]

NUMBER is what the board announces (&quot;silakan menuju loket 2&quot;); the name defaults to &quot;Loket NUMBER&quot;. --services replaces the set of services the counter serves (service codes, comma-separated).
Changes need an administrator (--user NAME) and are written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason for the pause with --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in at loket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until needs a date like 2026-11-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs a time like 2026-11-23T10:15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a new database with a realistic demo office and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2026-08-17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holidays are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year, e.g. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: list, add, remove, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong arguments for &quot;holiday %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind is libur_nasional, cuti_bersama or libur_lokal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays imported: %1 added, %2 changed, %3 already listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday added: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: add-days, between or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong arguments for &quot;calendar %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N is a number of working days, e.g. 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a time HH:MM and goes with add-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: office closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no open day in its opening hours. Set them with &quot;office set --hours&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add, remove, import and export holidays</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working-day arithmetic with the office&apos;s hours and holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl calendar SUBCOMMAND [ARGS] [--json]

  calendar add-days DATE N [--at HH:MM]   the date N working days after DATE
  calendar between DATE1 DATE2            working days after DATE1 up to and including DATE2
  calendar check DATE                     whether the office works that day, and which holiday it is

Counting starts from the next working day: Friday + 1 is Monday. With --at, DATE and the time are when something was received: received at or after closing time, or on a day the office is closed, it counts as received on the next working day (Monday 17:00 + 1 is Wednesday). Whether cuti bersama closes the office is a setting (default: it does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an empty database (or bring one to this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] init

Creates the database file with the current schema, or upgrades an older one. The office and the first administrator are set up at the first start of the application, or with &quot;loketctl demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;office show&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;office set&quot; takes only options, e.g. --name &quot;Kecamatan Cibinong&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one field to change, e.g. --name or --time-zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the time zone as WIB, WITA or WIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: show or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change the office profile, time zone and opening hours</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the counter number, e.g. --counter 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue of %1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) open</source>
        <translation>
            <numerusform>%n counter open</numerusform>
            <numerusform>%n counters open</numerusform>
        </translation>
    </message>
    <message>
        <source>Last calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line, next first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue status takes only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calls needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) expired.</source>
        <translation>
            <numerusform>%n ticket expired.</numerusform>
            <numerusform>%n tickets expired.</numerusform>
        </translation>
    </message>
    <message>
        <source>today&apos;s queue: counters, waiting tickets, last calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl [--json] queue status [--counter N] [--calls N]

Shows every counter (state, officer, the ticket at it, tickets on hold, how many it may call), the waiting tickets per service with the estimated wait of a new ticket, and the last calls (default 5). With --counter, also that counter&apos;s line in the order it will call it. Needs no user: the display board shows the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the queue day: expire tickets left over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl --user NAME [--json] day close

Expires every unfinished ticket of earlier days, and today&apos;s waiting and parked tickets once the office has closed (office hours). Tickets being called or served after closing time are left to their officer until the day is over. Safe to run at any time and any number of times (from cron, or when the application starts). Needs a supervisor or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree: %1 of %2, in force from %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free (Rp 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-11-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN FORCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEW DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no standard yet. Write one in the application, or import one with &quot;loketctl standard import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is fine. Importing it would write the drafts of %1 service(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts written for %1 service(s): %2. Set them with &quot;loketctl standard set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is fine. Importing it would replace the register of %1 service(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the register of %1 service(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 versions (replacing %2), %3 consultations, %4 publications, %5 reviews%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and the Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 set by decree %3 of %4, in force from %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is in force until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard is due for review on %1 (period: %2 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSULTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIPPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, of %2 services: %3 complete, %4 set by decree, %5 consulted, %6 published on 4+ media and SIPPN, %7 reviewed in the last %8 months; %9 meet every criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maklumat Pelayanan: %1, published on %2 media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the code of one service, e.g. KK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version needs a version number such as 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within needs a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs --decree NO, --decree-date DATE and --effective DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decree-date and --effective need dates like 2026-11-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue statistics %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets issued %1, served %2, no-show %3 (%4 of those called and closed), cancelled %5, expired %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served with priority (lansia, disabilitas, ibu hamil, ibu dengan anak): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served within the service-time target (service time): %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served within the service-time target (whole visit): %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait (issued to first call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk (call to start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (start to end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (issued to end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the period with --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measure is &quot;service&quot; (start to end) or &quot;total&quot; (issued to end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes a list of: service, counter, officer, day, hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour of issue (office time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes; median and p90 by the nearest-rank method. No-show rate: no-shows among tickets called and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue statistics for a period: waits, service times, no-shows, targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl [--user NAME] stats --from YYYY-MM-DD --to YYYY-MM-DD [--by LIST] [--measure service|total] [--json]

Queue figures for the office days from --from to --to (both included): tickets issued, served, no-show, cancelled, expired, served with priority; wait (issued to first call), walk (call to start), service (start to end) and total (issued to end) as median and 90th percentile (nearest-rank); the share served within the service-time target.
  --by LIST        groups to print, comma-separated: service, counter, officer, day, hour (default service,counter,officer,hour); --json always gives all of them
  --measure WHAT   what is compared with the target: service (start to end, the default) or total (issued to end)

Needs a user allowed to view reports (supervisor or administrator).
Exit codes: 0 done, 1 wrong arguments, 2 failed, 4 not allowed or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the service with --service CODE, e.g. --service KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing at a counter needs the officer: give --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the counter with --counter N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling a ticket out of its turn needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 to loket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one ticket: its number (A-001) or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in at a counter. Sign in with &quot;loketctl counter signin N&quot;, or give --counter N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the ticket and where it goes: --service CODE and/or --counter N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting again, for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: issue, call, recall, start, finish, noshow, hold, resume, transfer, cancel, show or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue, call and serve queue tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the ticket: ticket print ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper is 58 or 80 (mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--qr is native, raster or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--escpos needs a file or HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket&apos;s printer is set to &quot;%1&quot;; loketctl prints only ESC/POS. Give --escpos FILE or HOST:PORT, or print from the Loket application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 sent to %2 (%3 bytes of ESC/POS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password given: set LOKET_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Nothing was changed: run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the full name with --name &quot;FULL NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the role with --role: admin, supervisor, officer or followup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2, %3) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: add, list, passwd, disable, enable or unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, disable, enable and unlock users, change passwords</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] [--user NAME] [--password-stdin] [--json] COMMAND [ARGS]

Loket from the command line: the same rules and permissions as the application.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Try &quot;loketctl --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one file of ESC/POS bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what a file of ESC/POS printer bytes prints, command by command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl escpos FILE

Reads ESC/POS bytes (e.g. written by &quot;loketctl ticket print ID --escpos FILE&quot;) and prints them as readable text with each printer command named: [INIT], [ALIGN center], [SIZE 4x4], the text lines, [QR …] with its payload, [CUT]. Needs no database.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 written to %2 (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People ahead: %1, wait %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired at day&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit list takes only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from: give the first day, then the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome is ok, refused or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest %1 entries are shown: narrow the period or raise --limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log: who did what, and every refused attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Nothing would be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  It would delete %1 version(s) (%2 of them in force or once in force), %3 publication(s), %4 review(s), %5 consultation(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Deleted %1 version(s) (%2 of them in force or once in force), %3 publication(s), %4 review(s), %5 consultation(s):</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is good (schema version %2, saved %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring it replaces the database %1, which is then kept as %1.replaced-DATE-TIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it now? Type &quot;yes&quot; to restore: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --force to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log chain is intact: %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reaches the end recorded in %1 (%2 entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log chain is %1. The log was changed outside Loket; keep this database and its backups as they are and report it.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit knows &quot;list&quot; and &quot;verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: list, show, export, import, set, review-due, compliance or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is a4, poster or maklumat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print needs --pdf FILE: the PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Maklumat Pelayanan is the whole office&apos;s: give no service code with --kind maklumat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service standards: list, show, export, import, set, reviews, compliance, print</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poster of %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was written to %2 (PDF, A4, %n page(s)).</source>
        <translation>
            <numerusform>%1 was written to %2 (PDF, A4, %n page).</numerusform>
            <numerusform>%1 was written to %2 (PDF, A4, %n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>complaint add takes options only; put texts in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel is needed: how the complaint came in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; the channels are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; the types are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;; the tiers are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ticket needs the ticket&apos;s id (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of receipt: write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-01T09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint logged: %1. Give this number to the complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First follow-up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SP4N-LAPOR!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSIGNED TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --mine, --overdue, --due-soon, --unassigned and --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; the states are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint show takes one register number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant (this view is recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant: kept confidential (only the follow-up team and supervisors may see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint search needs the words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint verify takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint history chain is intact: %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint history chain is %1. The history was changed outside Loket; keep this database and its backups as they are and report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the complaint log: log, follow up, close, search, verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong arguments for &quot;complaint %1&quot;; see loketctl complaint --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint auto-close takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--through needs a date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) closed automatically.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--outcome is complete, incomplete, not_our_authority or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office written to %1 in %2 s:
  %3 services with their standards, %4 counters, %5 users
  %6 working days, %7 tickets (%8 priority, %9 no-shows), %10 waiting now
Accounts: admin/admin123, camat/camat123, sekcam/sekcam123, petugas1…petugas6/petugas123, tl1/tindak123, tl2/tindak123</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n complaint(s) in the complaint log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint report for %1 (state as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up to completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the settlement deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (answered late %2, still open %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST RESPONSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSED, OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT YET DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT NEEDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint report takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint report needs --month YYYY-MM (for example --month 2026-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: give it as YYYY-MM, the month from 01 to 12 (for example --month 2026-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The report was written to %1 (PDF, A4, %n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report was written to %1 (spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint receipt takes one register number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint receipt needs --escpos FILE or --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--escpos and --pdf need a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of complaint %1 was written to %2 (PDF, A5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of complaint %1 was written to %2 (ESC/POS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint letter takes one register number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint letter needs --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The response letter to complaint %1 was written to %2 (PDF, A4, %n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint knows add, list, show, search, verify, report, receipt, letter, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n suggestion-box opening(s) with signed minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a month is written YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion box add needs --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box %1 added: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST OPENED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN USE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion box yet: add one with &quot;suggestion box add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion box update takes the box&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no box %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion box add|list|update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion session open needs --box ID and --date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date is written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time is written HH:MM (the office&apos;s time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seal is utuh or rusak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 recorded as a draft: %2, %3, period %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion session member takes the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion session member needs --name and --role opener|witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion session discard takes the session and --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion session open|member|discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion slip %1 takes one argument (the session for add, else the slip&apos;s id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; the kinds are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;; the decisions are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target is written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion slip add needs --kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip removed; the ones after it moved up a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion slip add|update|remove|done|scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 (id %2): %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion sign takes the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes %1 signed. Complaints for the follow-up team: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion boxes: monthly opening, slips, signed minutes</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPENED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLIPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opening recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion show takes the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft, not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to be signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion minutes takes the session and --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Minutes written to %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions to carry out: %1, done %2, overdue %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes that come back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not done yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been opened in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No box waits to be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the satisfaction survey (SKM): import, index (IKM), sample, plan, report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey sample needs --population N (a whole number, 0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--respondents needs a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1: a sample of at least %2 respondents (Krejcie–Morgan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 respondents: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n satisfaction-survey response(s), %1 follow-up plan item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weight is exact (1/9) or 0.111 (the regulation&apos;s printed weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is 2026-Q1 … 2026-Q4, 2026-S1, 2026-S2 or 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey ikm needs --from and --to (or --period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service %1 has responses or served tickets in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction index (IKM) %1 – %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents: %1. Sample: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey import needs one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: not a survey file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the follow-up item&apos;s number (see survey plan list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey plan add needs --period, --action, --pic and --target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up item %1 planned for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up item %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey plan is add, list, start or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey publish needs --period with --medium and --date, or --period with --forum (the public forum&apos;s day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public forum of %1 is recorded on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication of %1 on %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey reword needs --element, --question and --options (the four answers from 1 to 4, separated by |).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version %1: %2 reworded; earlier responses keep the wording they were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is quarter, semester or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction survey %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESPONDENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey report takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey report needs --from YYYY-MM-DD and --to YYYY-MM-DD (for example --from 2026-10-01 --to 2026-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2): the last day comes after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range is longer than five years: report a year, a semester or a quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weight is exact (1/9) or 0.111, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook was written to %1 (XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visitors needs a whole number from 1 to 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] demo [--days N] [--seed S] [--visitors N]
                                  [--until DATE | --at DATETIME]

Builds a kecamatan office (8 services, 4 counters, officers, a supervisor, an administrator) and N days of queue history ending on DATE (default: today): weekday pattern, morning peak, service times per service, about 8 % priority visitors and a few no-shows. The same seed and DATE give the same data. Only into a database without users.
--visitors N: about N tickets per working day on average (default about 140); a set of four more counters for every 180 visitors (5 years of 1,000 a day, for the benchmarks, take a few minutes).
--at 2026-11-23T10:15 ends the history at that office-local (WIB) time, with today&apos;s queue in progress; without --until or --at the history ends now.

Accounts: admin/admin123, camat/camat123, sekcam/sekcam123, petugas1…petugas6/petugas123, tl1/tindak123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report for %1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority visitors served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median service (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served within the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints followed up to completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints past the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion-box slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards fully compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSUED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDIAN WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDIAN SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STANDARD (MIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHIN STANDARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURVEY PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the report to make: loketctl report monthly --month YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report monthly takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report monthly needs --month YYYY-MM (for example --month 2026-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: give it as YYYY-MM, the month from 01 to 12 (for example --month 2026-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a day like 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation self-check on %1: %2 met, %3 partly, %4 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supervisor&apos;s monthly report, with last month and last year; the evaluation self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report for %1 was written to %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month&apos;s report was already written; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month&apos;s report is due from %1; nothing to do yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report is no longer written by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket writes each month&apos;s report into %1 from the month&apos;s first working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report schedule needs --folder DIR, where the monthly reports are written (or a folder saved with --save-folder).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db init takes the database: a file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may now use it, and may not change its history or its tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy needs --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables from %3 to %4 in %5 s; every table&apos;s count matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db count takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database on a server: create it, copy an office to or from it</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db needs init, copy or count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown db command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup daily takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was made already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into the new database %2 (schema version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app-role is for a restore onto a database server.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loketctl [--database FILE] restore BACKUP [--force]
       loketctl --database URL restore BACKUP.dump [--app-role ROLE]

Checks BACKUP first: it must be a Loket database, not damaged, from this or an earlier version of Loket. If it is not, nothing is changed.
Shows what the backup holds (office, last ticket day, numbers of tickets, users and standards) and says so when it is empty. Without --force it asks for confirmation on a terminal; otherwise the check is all that is done (exit code 0 when the backup is good). With --force the current database is kept beside it as DATABASE.replaced-YYYYMMDD-HHMMSS, the backup takes its place, and a backup from an earlier version is upgraded.

Close every Loket window, kiosk, display board and loketctl command using the database first. restore refuses when it sees a program on this computer holding the database open; it cannot see programs on other computers that share the file.

This works on the files: it needs no Loket user, only permission to write the database&apos;s folder (the operating system&apos;s permissions guard it). In the application, restoring needs the permission to manage backups.

On a server (URL postgresql://…): BACKUP is a server&apos;s backup (*.dump), and the database of URL must be new and empty (createdb): a restore never replaces an office on a server. It is restored in one transaction (all or nothing) by pg_restore, upgraded if it is older, and --app-role ROLE gives the PCs&apos; role its rights, as &quot;loketctl db init&quot; does. Then let the PCs use the new database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
