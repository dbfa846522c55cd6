package org.menkou.admin.alarm.channel;

import java.util.List;

/** Sends the escalation sentence through an {@link SmsGateway} to every number on the duty list. */
public final class SmsChannel implements EscalationChannel {
    private final SmsGateway gateway;
    private final List<String> phones;

    public SmsChannel(SmsGateway gateway, List<String> phones) {
        this.gateway = gateway;
        this.phones = List.copyOf(phones);
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public void send(Escalation escalation) throws EscalationException {
        for (String phone : phones) {
            gateway.send(phone, escalation.sentence());
        }
    }
}
