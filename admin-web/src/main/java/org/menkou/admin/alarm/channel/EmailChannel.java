package org.menkou.admin.alarm.channel;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** E-mails the escalation through an SMTP server (Jakarta Mail, Angus implementation). */
public final class EmailChannel implements EscalationChannel {
    private final Session session;
    private final String from;
    private final List<String> to;

    /** @param host SMTP host; {@code port} 25/587 (plain SMTP; authentication and TLS are the relay's) */
    public EmailChannel(String host, int port, String from, List<String> to) {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(p);
        this.from = from;
        this.to = List.copyOf(to);
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void send(Escalation e) throws EscalationException {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(from));
            for (String address : to) {
                m.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            }
            m.setSubject(e.sentence(), StandardCharsets.UTF_8.name());
            m.setSentDate(new Date());
            m.setText(e.sentence() + "\n站点电话：" + (e.stationPhone() == null ? "未知" : e.stationPhone())
                    + (e.kind() == Escalation.Kind.ALARM ? "\n收到时间：" : "\n最后消息：") + e.receivedAt()
                    + (e.boardUrl() == null ? "" : "\n呼叫看板：" + e.boardUrl())
                    + (e.kind() == Escalation.Kind.ALARM ? "\n呼叫编号：" : "\n编号：") + e.alarmId(), StandardCharsets.UTF_8.name());
            Transport.send(m);
        } catch (MessagingException ex) {
            throw new EscalationException("e-mail not sent: " + ex.getMessage(), ex);
        }
    }
}
