package org.menkou.kiosk.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.menkou.content.protocol.DeviceReport;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.DeviceStatus;
import org.menkou.kiosk.sync.KioskSync;

/** The remote self-test's checks that need nobody at the kiosk (besides the screen, which {@link KioskRemote} checks). */
public final class KioskChecks {
    /** Less free disk than this (MiB) fails the disk check. */
    public static final long MIN_FREE_MB = 200;
    /** A heap fuller than this share of its limit fails the memory check. */
    public static final double MAX_HEAP_SHARE = 0.9;

    private KioskChecks() {
    }

    /**
     * @param button runs the emergency button's self-test now ({@link org.menkou.kiosk.alarm.ButtonSelfTest#runOnce})
     * @param device the device report's source, for scanner, voice, disk and memory
     * @param sync   the kiosk's sync, or null for a kiosk without a server
     */
    public static List<KioskRemote.Check> standard(Supplier<DeviceStatus> button, Supplier<DeviceReport> device,
                                                  ContentStore store, KioskSync sync) {
        List<KioskRemote.Check> checks = new ArrayList<>();
        checks.add(new KioskRemote.Check("紧急按钮", button));
        checks.add(new KioskRemote.Check("扫描器", () -> DeviceStatus.present(device.get().scanner())));
        checks.add(new KioskRemote.Check("语音", () -> DeviceStatus.present(device.get().voice())));
        checks.add(new KioskRemote.Check("磁盘", () -> disk(device.get())));
        checks.add(new KioskRemote.Check("内存", () -> memory(device.get())));
        checks.add(new KioskRemote.Check("本地内容", () -> {
            long version = store.changes().currentVersion();
            return version > 0 ? DeviceStatus.present("本地版本 " + version) : DeviceStatus.absent("没有内容");
        }));
        if (sync != null) {
            checks.add(new KioskRemote.Check("同步", () -> DeviceStatus.present("收到指令时在线，待发事件 "
                    + sync.outbox().pendingCount() + " 条，已同步到服务器版本 " + sync.status().contentVersion())));
        }
        return checks;
    }

    static DeviceStatus disk(DeviceReport d) {
        String text = "剩余 " + d.diskFreeMb() + " MB，共 " + d.diskTotalMb() + " MB";
        return d.diskFreeMb() >= MIN_FREE_MB ? DeviceStatus.present(text) : DeviceStatus.absent(text + "，不够了");
    }

    static DeviceStatus memory(DeviceReport d) {
        String text = "已用 " + d.memoryUsedMb() + " MB，上限 " + d.memoryMaxMb() + " MB";
        return d.memoryUsedMb() <= d.memoryMaxMb() * MAX_HEAP_SHARE ? DeviceStatus.present(text)
                : DeviceStatus.absent(text + "，快满了");
    }
}
