package org.menkou.admin.alarm.family;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** E-mails a family message through an SMTP relay (5 s to connect, 10 s to answer). */
public final class EmailCourier implements Courier {
    private final Session session;
    private final String from;

    /** @param host the SMTP relay; {@code port} 25/587 (authentication and TLS are the relay's) */
    public EmailCourier(String host, int port, String from) {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(p);
        this.from = from;
    }

    @Override
    public NotifyChannel channel() {
        return NotifyChannel.EMAIL;
    }

    @Override
    public void deliver(String address, FamilyMessage m) throws FamilyNoticeException {
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(from));
            mail.addRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
            mail.setSubject(m.subject(), StandardCharsets.UTF_8.name());
            mail.setSentDate(new Date());
            mail.setText(m.text() + "\n通知编号：" + m.noticeId(), StandardCharsets.UTF_8.name());
            Transport.send(mail);
        } catch (MessagingException e) {
            throw new FamilyNoticeException("e-mail not sent: " + e.getMessage(), e);
        }
    }
}
