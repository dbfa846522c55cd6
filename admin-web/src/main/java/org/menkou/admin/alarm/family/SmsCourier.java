package org.menkou.admin.alarm.family;

import org.menkou.admin.alarm.channel.EscalationException;
import org.menkou.admin.alarm.channel.SmsGateway;

/** Texts a family message to the contact's phone through the deployment's {@link SmsGateway}. */
public final class SmsCourier implements Courier {
    private final SmsGateway gateway;

    public SmsCourier(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public NotifyChannel channel() {
        return NotifyChannel.SMS;
    }

    @Override
    public void deliver(String address, FamilyMessage m) throws FamilyNoticeException {
        try {
            gateway.send(address, m.text());
        } catch (EscalationException e) {
            throw new FamilyNoticeException("SMS not sent: " + e.getMessage(), e);
        }
    }
}
