<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DiskInspector</name>
    <message>
        <source>The inspection stopped at its read limit (%1 bytes); the report may be incomplete.</source>
        <translation>Die Untersuchung hat an ihrer Lesegrenze (%1 Byte) angehalten; der Bericht ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ForeignFormatSniffer</name>
    <message>
        <source>This QCOW2 image has a backing file: it holds only the changes made on top of it.</source>
        <translation>Dieses QCOW2-Image hat eine Basisdatei (Backing File): Es enthält nur die Änderungen gegenüber dieser Datei.</translation>
    </message>
    <message>
        <source>qemu-img convert follows the backing chain and writes one complete disk.</source>
        <translation>qemu-img convert folgt der Kette der Basisdateien und schreibt einen vollständigen Datenträger.</translation>
    </message>
    <message>
        <source>This QCOW2 image is encrypted; AWS imports only unencrypted disks.</source>
        <translation>Dieses QCOW2-Image ist verschlüsselt; AWS importiert nur unverschlüsselte Datenträger.</translation>
    </message>
</context>
<context>
    <name>ImportPolicy</name>
    <message>
        <source>Convert it to a stream-optimized VMDK, which ImportImage and ImportSnapshot take: %1</source>
        <translation>Konvertieren Sie ihn in eine streamoptimierte VMDK, die ImportImage und ImportSnapshot akzeptieren: %1</translation>
    </message>
    <message>
        <source>This VMDK is %1; AWS imports only stream-optimized VMDKs.</source>
        <translation>Diese VMDK ist %1; AWS importiert nur streamoptimierte VMDKs.</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>von unbekannter Art</translation>
    </message>
    <message>
        <source>This is a differencing VHD: it holds only the changes to a parent disk, and AWS refuses it (&quot;Footers not identical&quot;).</source>
        <translation>Dies ist eine differenzierende VHD: Sie enthält nur die Änderungen gegenüber einem übergeordneten Datenträger, und AWS lehnt sie ab („Footers not identical“).</translation>
    </message>
    <message>
        <source>Merge it into its parent in Hyper-V, or let qemu-img follow the chain: %1</source>
        <translation>Führen Sie sie in Hyper-V mit dem übergeordneten Datenträger zusammen oder lassen Sie qemu-img der Kette folgen: %1</translation>
    </message>
    <message>
        <source>This is a differencing VHDX: it holds only the changes to a parent disk.</source>
        <translation>Dies ist eine differenzierende VHDX: Sie enthält nur die Änderungen gegenüber einem übergeordneten Datenträger.</translation>
    </message>
    <message>
        <source>ImportSnapshot does not take VHDX; use ImportImage, or convert the disk for a snapshot.</source>
        <translation>ImportSnapshot akzeptiert kein VHDX; verwenden Sie ImportImage oder konvertieren Sie den Datenträger für einen Snapshot.</translation>
    </message>
    <message>
        <source>AWS does not import %1 images.</source>
        <translation>AWS importiert keine %1-Images.</translation>
    </message>
    <message>
        <source>(or -O raw for a raw image, which is larger to upload).</source>
        <translation>(oder -O raw für ein Raw-Image, bei dem mehr hochzuladen ist).</translation>
    </message>
    <message>
        <source>ISO images go to Image Builder&apos;s ImportDiskImage (Windows 11 Enterprise only); EC2 imports do not take them.</source>
        <translation>ISO-Images gehören zu ImportDiskImage von Image Builder (nur Windows 11 Enterprise); EC2-Importe akzeptieren sie nicht.</translation>
    </message>
    <message>
        <source>This is not a disk image format AWS imports (OVA, VMDK, VHD, VHDX, raw, or an ISO for Image Builder).</source>
        <translation>Dies ist kein Datenträgerimage-Format, das AWS importiert (OVA, VMDK, VHD, VHDX, raw oder eine ISO für Image Builder).</translation>
    </message>
    <message>
        <source>The disk is 16 TiB or larger; AWS imports only smaller disks.</source>
        <translation>Der Datenträger ist 16 TiB groß oder größer; AWS importiert nur kleinere Datenträger.</translation>
    </message>
    <message>
        <source>ImportImage takes only disks smaller than 8 TiB.</source>
        <translation>ImportImage akzeptiert nur Datenträger unter 8 TiB.</translation>
    </message>
    <message>
        <source>Import this disk as a snapshot (ImportSnapshot) instead.</source>
        <translation>Importieren Sie diesen Datenträger stattdessen als Snapshot (ImportSnapshot).</translation>
    </message>
</context>
<context>
    <name>IsoSniffer</name>
    <message>
        <source>The ISO is shorter than its volume descriptor says (%1 of %2 bytes): it is truncated.</source>
        <translation>Die ISO ist kürzer, als ihr Volume-Deskriptor angibt (%1 von %2 Byte): Sie ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Download the ISO again and compare its checksum.</source>
        <translation>Laden Sie die ISO erneut herunter und vergleichen Sie ihre Prüfsumme.</translation>
    </message>
    <message>
        <source>Volume label: %1</source>
        <translation>Volumebezeichnung: %1</translation>
    </message>
    <message>
        <source>The ISO has no El Torito boot record: it is not a bootable installation disc.</source>
        <translation>Die ISO hat keinen El-Torito-Boot-Record: Sie ist kein bootfähiges Installationsmedium.</translation>
    </message>
</context>
<context>
    <name>OvaSniffer</name>
    <message numerus="yes">
        <source>The archive is damaged after %n member(s).</source>
        <translation>
            <numerusform>Das Archiv ist nach %n Eintrag beschädigt.</numerusform>
            <numerusform>Das Archiv ist nach %n Einträgen beschädigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the OVA again from its source.</source>
        <translation>Exportieren Sie die OVA erneut aus ihrer Quelle.</translation>
    </message>
    <message>
        <source>The OVF references &quot;%1&quot;, which is not in the archive.</source>
        <translation>Die OVF verweist auf „%1“, das nicht im Archiv enthalten ist.</translation>
    </message>
    <message>
        <source>Export the OVA again with every disk inside it.</source>
        <translation>Exportieren Sie die OVA erneut, und zwar mit allen Datenträgern darin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a chunk of a disk: AWS refuses OVAs with chunked disk files.</source>
        <translation>„%1“ ist ein Teilstück eines Datenträgers: AWS lehnt OVAs mit aufgeteilten Datenträgerdateien ab.</translation>
    </message>
    <message>
        <source>Export the OVA again without chunking (one file per disk).</source>
        <translation>Exportieren Sie die OVA erneut ohne Aufteilung (eine Datei pro Datenträger).</translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; in the OVA is a %2 VMDK; AWS takes only stream-optimized VMDKs.</source>
        <translation>Der Datenträger „%1“ in der OVA ist eine VMDK vom Typ %2; AWS akzeptiert nur streamoptimierte VMDKs.</translation>
    </message>
    <message>
        <source>Extract the OVA, convert the disk with qemu-img convert -O vmdk -o subformat=streamOptimized, and import the VMDK (or rebuild the OVA).</source>
        <translation>Entpacken Sie die OVA, konvertieren Sie den Datenträger mit qemu-img convert -O vmdk -o subformat=streamOptimized und importieren Sie die VMDK (oder erstellen Sie die OVA neu).</translation>
    </message>
    <message>
        <source>The OVA member &quot;%1&quot; is not a disk format AWS reads (%2).</source>
        <translation>Der OVA-Eintrag „%1“ hat kein Datenträgerformat, das AWS liest (%2).</translation>
    </message>
    <message>
        <source>The archive holds no .ovf descriptor: it is a tar file, not an OVA.</source>
        <translation>Das Archiv enthält keinen .ovf-Deskriptor: Es ist eine tar-Datei, keine OVA.</translation>
    </message>
    <message>
        <source>The .ovf descriptor is not the archive&apos;s first member, as the OVF standard requires.</source>
        <translation>Der .ovf-Deskriptor ist nicht der erste Eintrag des Archivs, wie es der OVF-Standard verlangt.</translation>
    </message>
    <message>
        <source>Rebuild it with the .ovf first: tar -cf out.ova vm.ovf vm.mf disk1.vmdk ...</source>
        <translation>Erstellen Sie das Archiv neu, mit der .ovf an erster Stelle: tar -cf out.ova vm.ovf vm.mf disk1.vmdk ...</translation>
    </message>
    <message>
        <source>The OVA contains no disk.</source>
        <translation>Die OVA enthält keinen Datenträger.</translation>
    </message>
</context>
<context>
    <name>PartitionTableSniffer</name>
    <message>
        <source>The disk has a protective MBR but no GPT header in sector 1: the GPT is damaged.</source>
        <translation>Der Datenträger hat einen Schutz-MBR (Protective MBR), aber keinen GPT-Header in Sektor 1: Die GPT ist beschädigt.</translation>
    </message>
    <message>
        <source>Repair the partition table (for example with gdisk) before importing.</source>
        <translation>Reparieren Sie die Partitionstabelle vor dem Import (zum Beispiel mit gdisk).</translation>
    </message>
    <message>
        <source>The GPT header describes no readable partition entries.</source>
        <translation>Der GPT-Header beschreibt keine lesbaren Partitionseinträge.</translation>
    </message>
    <message>
        <source>The GPT has no partitions.</source>
        <translation>Die GPT enthält keine Partitionen.</translation>
    </message>
    <message>
        <source>The disk has both an EFI System Partition and a BIOS boot partition: it may boot either way; UEFI is suggested.</source>
        <translation>Der Datenträger hat sowohl eine EFI-Systempartition als auch eine BIOS-Boot-Partition: Er kann auf beide Arten booten; UEFI wird empfohlen.</translation>
    </message>
    <message>
        <source>No partition table found: the disk is empty or holds a bare file system.</source>
        <translation>Keine Partitionstabelle gefunden: Der Datenträger ist leer oder enthält ein Dateisystem ohne Partitionierung.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; (%2) cannot be used: %3</source>
        <translation>Das Profil „%1“ (%2) kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A profile name does not begin or end with spaces.</source>
        <translation>Ein Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>Ein Profilname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A profile name has no control characters.</source>
        <translation>Ein Profilname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to a profile that cannot be read (%2); choose another name.</source>
        <translation>Der Name „%1“ gehört zu einem Profil, das nicht gelesen werden kann (%2); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;, but could not remove the old file %2.</source>
        <translation>„%1“ wurde gespeichert, aber die alte Datei %2 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The profile in %1 is for %2, not %3.</source>
        <translation>Das Profil in %1 ist für %2, nicht für %3.</translation>
    </message>
    <message>
        <source>Cannot tell which import %1 is for; name the operation (ImportImage, ImportSnapshot or ImportDiskImage).</source>
        <translation>Es ist nicht erkennbar, für welchen Import %1 gedacht ist; geben Sie die Operation an (ImportImage, ImportSnapshot oder ImportDiskImage).</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n empty placeholder value(s) of an AWS CLI skeleton: %1</source>
        <translation>
            <numerusform>%n leerer Platzhalterwert eines AWS CLI-Skeletts wurde weggelassen: %1</numerusform>
            <numerusform>%n leere Platzhalterwerte eines AWS CLI-Skeletts wurden weggelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is not valid JSON: %2 at offset %3.</source>
        <translation>%1: Die Datei ist kein gültiges JSON: %2 an Position %3.</translation>
    </message>
    <message>
        <source>%1: the file holds no JSON object.</source>
        <translation>%1: Die Datei enthält kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>VhdSniffer</name>
    <message>
        <source>The VHD footer is missing from the end of the file: the file is truncated (an interrupted copy or download?).</source>
        <translation>Am Ende der Datei fehlt der VHD-Footer: Die Datei ist abgeschnitten (ein abgebrochener Kopiervorgang oder Download?).</translation>
    </message>
    <message>
        <source>Copy the VHD again from its source.</source>
        <translation>Kopieren Sie die VHD erneut aus ihrer Quelle.</translation>
    </message>
    <message>
        <source>The VHD footer checksum is wrong: the file may be damaged.</source>
        <translation>Die Prüfsumme des VHD-Footers ist falsch: Die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The fixed VHD&apos;s size does not match the disk size its footer records.</source>
        <translation>Die Größe der VHD (feste Größe) stimmt nicht mit der Datenträgergröße überein, die ihr Footer angibt.</translation>
    </message>
    <message>
        <source>The two copies of the VHD footer differ (AWS: &quot;Footers not identical&quot;).</source>
        <translation>Die beiden Kopien des VHD-Footers unterscheiden sich (AWS: „Footers not identical“).</translation>
    </message>
    <message>
        <source>The VHD footer names an unknown disk type (%1).</source>
        <translation>Der VHD-Footer nennt einen unbekannten Datenträgertyp (%1).</translation>
    </message>
</context>
<context>
    <name>VhdxSniffer</name>
    <message>
        <source>The VHDX metadata could not be read, so its virtual size is unknown.</source>
        <translation>Die VHDX-Metadaten konnten nicht gelesen werden, daher ist die virtuelle Größe unbekannt.</translation>
    </message>
</context>
<context>
    <name>VmdkSniffer</name>
    <message>
        <source>This VMDK is a snapshot (delta) disk of &quot;%1&quot;; it holds only the changes since the snapshot.</source>
        <translation>Diese VMDK ist ein Snapshot-Datenträger (Delta) von „%1“; sie enthält nur die Änderungen seit dem Snapshot.</translation>
    </message>
    <message>
        <source>Consolidate the snapshots in your hypervisor, or convert the newest delta with qemu-img, which follows the parent chain.</source>
        <translation>Konsolidieren Sie die Snapshots in Ihrem Hypervisor oder konvertieren Sie das neueste Delta mit qemu-img, das der Kette der übergeordneten Datenträger folgt.</translation>
    </message>
    <message>
        <source>This is a VMDK sparse extent without a descriptor: probably one piece of a split disk.</source>
        <translation>Dies ist ein VMDK-Sparse-Extent ohne Deskriptor: wahrscheinlich ein Teil eines aufgeteilten Datenträgers.</translation>
    </message>
    <message>
        <source>Inspect and convert the disk&apos;s descriptor file (the small .vmdk that names the extents) instead.</source>
        <translation>Untersuchen und konvertieren Sie stattdessen die Deskriptordatei des Datenträgers (die kleine .vmdk, die die Extents nennt).</translation>
    </message>
    <message>
        <source>The descriptor says streamOptimized but the grains are not compressed: the file may be damaged.</source>
        <translation>Der Deskriptor gibt streamOptimized an, aber die Grains sind nicht komprimiert: Die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>This is a VMDK descriptor file: the disk&apos;s data is in its extent files (%1), which an upload of this file alone would leave behind.</source>
        <translation>Dies ist eine VMDK-Deskriptordatei: Die Daten des Datenträgers liegen in seinen Extent-Dateien (%1), die beim Hochladen nur dieser Datei zurückbleiben würden.</translation>
    </message>
    <message>
        <source>Convert the descriptor (qemu-img reads the extents next to it) into one stream-optimized VMDK and upload that.</source>
        <translation>Konvertieren Sie den Deskriptor (qemu-img liest die daneben liegenden Extents) in eine einzige streamoptimierte VMDK und laden Sie diese hoch.</translation>
    </message>
    <message>
        <source>Extent files named by the descriptor are missing: %1.</source>
        <translation>Im Deskriptor genannte Extent-Dateien fehlen: %1.</translation>
    </message>
    <message>
        <source>Keep the descriptor and its extent files in the same folder.</source>
        <translation>Legen Sie den Deskriptor und seine Extent-Dateien in denselben Ordner.</translation>
    </message>
</context>
<context>
    <name>vmi::AfterImportRules</name>
    <message>
        <source>Image Builder puts the request&apos;s tags on the image itself; this option is for EC2 imports.</source>
        <translation>Image Builder versieht das Image selbst mit den Tags der Anfrage; diese Option gilt für EC2-Importe.</translation>
    </message>
    <message>
        <source>There are no tags to copy to the AMI and its snapshots.</source>
        <translation>Es gibt keine Tags, die auf das AMI und seine Snapshots kopiert werden könnten.</translation>
    </message>
    <message>
        <source>Add tags on the Tags page.</source>
        <translation>Fügen Sie auf der Seite „Tags“ Tags hinzu.</translation>
    </message>
    <message>
        <source>No local file is uploaded, so there is nothing to delete afterwards.</source>
        <translation>Es wird keine lokale Datei hochgeladen, daher gibt es danach nichts zu löschen.</translation>
    </message>
    <message>
        <source>Registering an AMI afterwards follows a snapshot import only; ImportImage makes its own AMI.</source>
        <translation>Ein AMI wird nur nach einem Snapshot-Import nachträglich registriert; ImportImage erstellt sein eigenes AMI.</translation>
    </message>
    <message>
        <source>The AMI needs a name.</source>
        <translation>Das AMI benötigt einen Namen.</translation>
    </message>
    <message>
        <source>An AMI name has 3 to 128 characters: letters, digits, spaces and ( ) [ ] . / - &apos; @ _.</source>
        <translation>Ein AMI-Name hat 3 bis 128 Zeichen: Buchstaben, Ziffern, Leerzeichen und ( ) [ ] . / - &apos; @ _.</translation>
    </message>
    <message>
        <source>An AMI description has at most 255 characters.</source>
        <translation>Eine AMI-Beschreibung hat höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>arm64 instances boot with UEFI only.</source>
        <translation>arm64-Instances booten nur mit UEFI.</translation>
    </message>
    <message>
        <source>Choose uefi.</source>
        <translation>Wählen Sie uefi.</translation>
    </message>
    <message>
        <source>NitroTPM needs the uefi boot mode.</source>
        <translation>NitroTPM erfordert den Boot-Modus uefi.</translation>
    </message>
    <message>
        <source>A root device name looks like /dev/xvda or /dev/sda1.</source>
        <translation>Ein Root-Gerätename sieht aus wie /dev/xvda oder /dev/sda1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>„%1“ ist keiner der Werte %2.</translation>
    </message>
</context>
<context>
    <name>vmi::DiskRules</name>
    <message>
        <source>ImportSnapshot needs a disk.</source>
        <translation>ImportSnapshot benötigt einen Datenträger.</translation>
    </message>
    <message>
        <source>Choose a disk file to upload, or name its S3 object.</source>
        <translation>Wählen Sie eine Datenträgerdatei zum Hochladen aus oder geben Sie ihr S3-Objekt an.</translation>
    </message>
    <message>
        <source>ImportSnapshot imports one disk; %1 are set.</source>
        <translation>ImportSnapshot importiert einen einzelnen Datenträger; angegeben sind %1.</translation>
    </message>
    <message>
        <source>Import the others with one ImportSnapshot each, or use ImportImage.</source>
        <translation>Importieren Sie die übrigen mit je einem eigenen ImportSnapshot oder verwenden Sie ImportImage.</translation>
    </message>
    <message>
        <source>ImportImage needs at least one disk.</source>
        <translation>ImportImage benötigt mindestens einen Datenträger.</translation>
    </message>
    <message>
        <source>Choose a disk file to upload, or name its S3 object or EBS snapshot.</source>
        <translation>Wählen Sie eine Datenträgerdatei zum Hochladen aus oder geben Sie ihr S3-Objekt oder ihren EBS-Snapshot an.</translation>
    </message>
    <message>
        <source>Import the extra disks with ImportSnapshot.</source>
        <translation>Importieren Sie die zusätzlichen Datenträger mit ImportSnapshot.</translation>
    </message>
    <message>
        <source>An OVA holds a whole virtual machine: import it as the only disk.</source>
        <translation>Eine OVA enthält eine ganze virtuelle Maschine: Importieren Sie sie als einzigen Datenträger.</translation>
    </message>
    <message>
        <source>Remove the other disks, or import the OVA&apos;s disks one by one.</source>
        <translation>Entfernen Sie die anderen Datenträger oder importieren Sie die Datenträger der OVA einzeln.</translation>
    </message>
    <message>
        <source>ImportSnapshot has no DeviceName; it is not sent.</source>
        <translation>ImportSnapshot kennt kein DeviceName; es wird nicht gesendet.</translation>
    </message>
    <message>
        <source>ImportSnapshot has no SnapshotId; it is not sent.</source>
        <translation>ImportSnapshot kennt kein SnapshotId; es wird nicht gesendet.</translation>
    </message>
    <message>
        <source>A disk comes from one place: give one of Url, UserBucket and SnapshotId.</source>
        <translation>Ein Datenträger hat genau eine Quelle: Geben Sie entweder Url, UserBucket oder SnapshotId an.</translation>
    </message>
    <message>
        <source>This disk has a local file to upload and also a %1.</source>
        <translation>Dieser Datenträger hat eine lokale Datei zum Hochladen und zusätzlich eine Angabe für %1.</translation>
    </message>
    <message>
        <source>Remove the local file, or the %1.</source>
        <translation>Entfernen Sie die lokale Datei oder die Angabe %1.</translation>
    </message>
    <message>
        <source>The disk has no source.</source>
        <translation>Der Datenträger hat keine Quelle.</translation>
    </message>
    <message>
        <source>Choose a local file to upload, or name its S3 object (UserBucket or Url)%1.</source>
        <translation>Wählen Sie eine lokale Datei zum Hochladen aus oder geben Sie ihr S3-Objekt (UserBucket oder Url)%1 an.</translation>
    </message>
    <message>
        <source> or an EBS snapshot (SnapshotId)</source>
        <translation> oder einen EBS-Snapshot (SnapshotId)</translation>
    </message>
    <message>
        <source>%1 has a local file, but no bucket to upload it to.</source>
        <translation>%1 hat eine lokale Datei, aber keinen Bucket, in den sie hochgeladen werden kann.</translation>
    </message>
    <message>
        <source>Set the upload bucket, or the disk&apos;s UserBucket.S3Bucket.</source>
        <translation>Legen Sie den Upload-Bucket oder UserBucket.S3Bucket des Datenträgers fest.</translation>
    </message>
    <message>
        <source>Shorten the key prefix.</source>
        <translation>Kürzen Sie das Schlüsselpräfix.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an EBS snapshot id (snap- and 8 or 17 hex digits).</source>
        <translation>„%1“ ist keine EBS-Snapshot-ID (snap- und 8 oder 17 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The bucket must exist in the import&apos;s Region and the vmimport role must read it.</source>
        <translation>Der Bucket muss in der Region des Imports existieren, und die Rolle vmimport muss ihn lesen dürfen.</translation>
    </message>
    <message>
        <source>UserBucket needs the bucket name (S3Bucket).</source>
        <translation>UserBucket benötigt den Bucket-Namen (S3Bucket).</translation>
    </message>
    <message>
        <source>UserBucket needs the object key (S3Key).</source>
        <translation>UserBucket benötigt den Objektschlüssel (S3Key).</translation>
    </message>
    <message>
        <source>The s3:// URL names no bucket.</source>
        <translation>Die s3://-URL nennt keinen Bucket.</translation>
    </message>
    <message>
        <source>Write s3://BUCKET/KEY.</source>
        <translation>Schreiben Sie s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>A presigned URL expires, and profiles do not keep its signature.</source>
        <translation>Eine vorsignierte URL läuft ab, und Profile speichern ihre Signatur nicht.</translation>
    </message>
    <message>
        <source>Prefer an s3:// URL or UserBucket, which the vmimport role reads.</source>
        <translation>Verwenden Sie besser eine s3://-URL oder UserBucket; diese liest die Rolle vmimport.</translation>
    </message>
    <message>
        <source>EC2 takes https:// or s3:// URLs, not http://.</source>
        <translation>EC2 akzeptiert https://- oder s3://-URLs, aber kein http://.</translation>
    </message>
    <message>
        <source>The Url must start with s3:// or https://.</source>
        <translation>Die Url muss mit s3:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>For example s3://BUCKET/KEY.</source>
        <translation>Zum Beispiel s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>The disk&apos;s Format is not set.</source>
        <translation>Das Format des Datenträgers ist nicht festgelegt.</translation>
    </message>
    <message>
        <source>Set it to one of %1.</source>
        <translation>Setzen Sie es auf einen der Werte %1.</translation>
    </message>
    <message>
        <source>The file is %1: set Format to %1.</source>
        <translation>Die Datei ist vom Typ %1: Setzen Sie Format auf %1.</translation>
    </message>
    <message>
        <source>ImportSnapshot does not take VHDX (&quot;Unsupported specified file format&quot;).</source>
        <translation>ImportSnapshot akzeptiert kein VHDX („Unsupported specified file format“).</translation>
    </message>
    <message>
        <source>Use ImportImage, or convert the disk to VHD, VMDK or RAW.</source>
        <translation>Verwenden Sie ImportImage oder konvertieren Sie den Datenträger in VHD, VMDK oder RAW.</translation>
    </message>
    <message>
        <source>ImportSnapshot takes one disk, not an OVA.</source>
        <translation>ImportSnapshot akzeptiert einen einzelnen Datenträger, keine OVA.</translation>
    </message>
    <message>
        <source>Use ImportImage for an OVA.</source>
        <translation>Verwenden Sie für eine OVA ImportImage.</translation>
    </message>
    <message>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation>%1 akzeptiert %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device name EC2 uses.</source>
        <translation>„%1“ ist kein Gerätename, den EC2 verwendet.</translation>
    </message>
    <message>
        <source>For example /dev/sda1 or /dev/xvda for the boot disk, /dev/sdf for others.</source>
        <translation>Zum Beispiel /dev/sda1 oder /dev/xvda für den Boot-Datenträger, /dev/sdf für weitere.</translation>
    </message>
    <message>
        <source>Another disk has the device name %1.</source>
        <translation>Ein anderer Datenträger hat bereits den Gerätenamen %1.</translation>
    </message>
    <message>
        <source>ISO images go to Image Builder&apos;s ImportDiskImage.</source>
        <translation>ISO-Images gehören zu ImportDiskImage von Image Builder.</translation>
    </message>
    <message>
        <source>Use ImportImage, or convert the disk: %1</source>
        <translation>Verwenden Sie ImportImage oder konvertieren Sie den Datenträger: %1</translation>
    </message>
    <message>
        <source>Convert it: %1</source>
        <translation>Konvertieren Sie ihn: %1</translation>
    </message>
    <message>
        <source>%1 does not take this file: it is %2.</source>
        <translation>%1 akzeptiert diese Datei nicht (%2).</translation>
    </message>
    <message>
        <source>not a disk image format AWS imports</source>
        <translation>kein Datenträgerimage-Format, das AWS importiert</translation>
    </message>
    <message>
        <source>Format says %1, but the file is %2.</source>
        <translation>Format gibt %1 an, aber die Datei ist vom Typ %2.</translation>
    </message>
    <message>
        <source>Set Format to %1.</source>
        <translation>Setzen Sie Format auf %1.</translation>
    </message>
    <message>
        <source>This VMDK is %1; AWS imports only stream-optimized VMDKs (&quot;Unsupported VMDK File Format&quot;).</source>
        <translation>Diese VMDK ist %1; AWS importiert nur streamoptimierte VMDKs („Unsupported VMDK File Format“).</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>von unbekannter Art</translation>
    </message>
    <message>
        <source>This is a differencing disk: it holds only changes to a parent, and AWS refuses it.</source>
        <translation>Dies ist ein differenzierender Datenträger: Er enthält nur Änderungen gegenüber einem übergeordneten Datenträger, und AWS lehnt ihn ab.</translation>
    </message>
    <message>
        <source>Merge it into its parent, or convert the chain: %1</source>
        <translation>Führen Sie ihn mit dem übergeordneten Datenträger zusammen oder konvertieren Sie die Kette: %1</translation>
    </message>
    <message>
        <source>The disk is 16 TiB or larger; AWS imports only smaller disks.</source>
        <translation>Der Datenträger ist 16 TiB groß oder größer; AWS importiert nur kleinere Datenträger.</translation>
    </message>
    <message>
        <source>ImportImage takes only disks smaller than 8 TiB.</source>
        <translation>ImportImage akzeptiert nur Datenträger unter 8 TiB.</translation>
    </message>
    <message>
        <source>Import this disk with ImportSnapshot.</source>
        <translation>Importieren Sie diesen Datenträger mit ImportSnapshot.</translation>
    </message>
    <message>
        <source>The first disk is the boot disk, but its file has no partition table.</source>
        <translation>Der erste Datenträger ist der Boot-Datenträger, aber seine Datei hat keine Partitionstabelle.</translation>
    </message>
    <message>
        <source>Put the boot disk first.</source>
        <translation>Setzen Sie den Boot-Datenträger an die erste Stelle.</translation>
    </message>
    <message>
        <source>BootMode is legacy-bios, but the boot disk has an EFI system partition.</source>
        <translation>BootMode ist legacy-bios, aber der Boot-Datenträger hat eine EFI-Systempartition.</translation>
    </message>
    <message>
        <source>Set BootMode to uefi, or leave it unset.</source>
        <translation>Setzen Sie BootMode auf uefi oder lassen Sie die Angabe weg.</translation>
    </message>
    <message>
        <source>BootMode is uefi, but the boot disk looks like a legacy BIOS disk.</source>
        <translation>BootMode ist uefi, aber der Boot-Datenträger sieht nach einem Legacy-BIOS-Datenträger aus.</translation>
    </message>
    <message>
        <source>Set BootMode to legacy-bios, or leave it unset.</source>
        <translation>Setzen Sie BootMode auf legacy-bios oder lassen Sie die Angabe weg.</translation>
    </message>
    <message numerus="yes">
        <source>ImportImage fails for more than %1 disks; %n are set.</source>
        <translation>
            <numerusform>ImportImage schlägt bei mehr als %1 Datenträgern fehl; angegeben ist %n.</numerusform>
            <numerusform>ImportImage schlägt bei mehr als %1 Datenträgern fehl; angegeben sind %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk has no partition table: ImportImage needs a bootable, partitioned disk (AWS answers &quot;No valid partitions&quot;).</source>
        <translation>Der Datenträger hat keine Partitionstabelle: ImportImage benötigt einen bootfähigen, partitionierten Datenträger (AWS antwortet „No valid partitions“).</translation>
    </message>
    <message>
        <source>Import a data disk without partitions with ImportSnapshot.</source>
        <translation>Importieren Sie einen Datenträger ohne Partitionen mit ImportSnapshot.</translation>
    </message>
</context>
<context>
    <name>vmi::DiskTableModel</name>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>Wird untersucht…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Found in the file</source>
        <translation>In der Datei gefunden</translation>
    </message>
</context>
<context>
    <name>vmi::Ec2RequestRules</name>
    <message>
        <source>DryRun is on: EC2 only checks your permissions and starts no import.</source>
        <translation>DryRun ist aktiviert: EC2 prüft nur Ihre Berechtigungen und startet keinen Import.</translation>
    </message>
    <message>
        <source>Turn DryRun off to import. (A dry run that would succeed answers with the DryRunOperation error.)</source>
        <translation>Deaktivieren Sie DryRun, um zu importieren. (Ein Probelauf, der erfolgreich wäre, antwortet mit dem Fehler DryRunOperation.)</translation>
    </message>
    <message>
        <source>ImportSnapshot has no %1; it is not sent.</source>
        <translation>ImportSnapshot kennt kein %1; es wird nicht gesendet.</translation>
    </message>
    <message>
        <source>It matters only for ImportImage.</source>
        <translation>Es ist nur für ImportImage relevant.</translation>
    </message>
    <message>
        <source>VM Import/Export deprecates i386 from February 1, 2026.</source>
        <translation>VM Import/Export stuft i386 ab dem 1. Februar 2026 als veraltet ein.</translation>
    </message>
    <message>
        <source>Import a 64-bit (x86_64) system if you can.</source>
        <translation>Importieren Sie nach Möglichkeit ein 64-Bit-System (x86_64).</translation>
    </message>
    <message>
        <source>ImportImage does not take ARM64 virtual machines.</source>
        <translation>ImportImage akzeptiert keine virtuellen ARM64-Maschinen.</translation>
    </message>
    <message>
        <source>Import the disk with ImportSnapshot and register an arm64 AMI from the snapshot.</source>
        <translation>Importieren Sie den Datenträger mit ImportSnapshot und registrieren Sie aus dem Snapshot ein arm64-AMI.</translation>
    </message>
    <message>
        <source>Architecture must be x86_64 or i386, not &quot;%1&quot;.</source>
        <translation>Architecture muss x86_64 oder i386 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>uefi-preferred is not supported for imports.</source>
        <translation>uefi-preferred wird für Importe nicht unterstützt.</translation>
    </message>
    <message>
        <source>Choose uefi or legacy-bios, or leave BootMode unset to let AWS detect it.</source>
        <translation>Wählen Sie uefi oder legacy-bios, oder lassen Sie BootMode weg, damit AWS den Boot-Modus erkennt.</translation>
    </message>
    <message>
        <source>A UEFI import from an EBS snapshot needs Platform.</source>
        <translation>Ein UEFI-Import aus einem EBS-Snapshot benötigt Platform.</translation>
    </message>
    <message>
        <source>Set Platform to Windows or Linux.</source>
        <translation>Setzen Sie Platform auf Windows oder Linux.</translation>
    </message>
    <message>
        <source>Platform is not set; imports without it have stalled at &quot;updating&quot;.</source>
        <translation>Platform ist nicht gesetzt; Importe ohne diese Angabe sind schon bei „updating“ hängen geblieben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usage operation (RunInstances or RunInstances:NNNN).</source>
        <translation>„%1“ ist kein Nutzungsvorgang (RunInstances oder RunInstances:NNNN).</translation>
    </message>
    <message>
        <source>For example RunInstances:0800 for Windows BYOL, RunInstances for Linux.</source>
        <translation>Zum Beispiel RunInstances:0800 für Windows BYOL, RunInstances für Linux.</translation>
    </message>
    <message>
        <source>VM Import/Export does not list %1 among its usage operations.</source>
        <translation>VM Import/Export führt %1 nicht unter seinen Nutzungsvorgängen.</translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation>Bekannt: %1.</translation>
    </message>
    <message>
        <source>Give LicenseType or UsageOperation, not both: AWS refuses both.</source>
        <translation>Geben Sie LicenseType oder UsageOperation an, nicht beides: AWS lehnt die Kombination ab.</translation>
    </message>
    <message>
        <source>Remove one of them.</source>
        <translation>Entfernen Sie eine der beiden Angaben.</translation>
    </message>
    <message>
        <source>AWS strongly recommends setting LicenseType or UsageOperation.</source>
        <translation>AWS empfiehlt dringend, LicenseType oder UsageOperation anzugeben.</translation>
    </message>
    <message>
        <source>Without them Windows Server gets an AWS license, everything else BYOL.</source>
        <translation>Ohne diese Angabe erhält Windows Server eine AWS-Lizenz, alles andere BYOL.</translation>
    </message>
    <message>
        <source>A license specification needs a LicenseConfigurationArn.</source>
        <translation>Eine Lizenzangabe benötigt einen LicenseConfigurationArn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a License Manager license configuration ARN.</source>
        <translation>„%1“ ist kein ARN einer License Manager-Lizenzkonfiguration.</translation>
    </message>
    <message>
        <source>It looks like arn:aws:license-manager:REGION:ACCOUNT:license-configuration:lic-...</source>
        <translation>Er hat die Form arn:aws:license-manager:REGION:ACCOUNT:license-configuration:lic-...</translation>
    </message>
    <message>
        <source>The license configuration is in the %1 partition, not %2.</source>
        <translation>Die Lizenzkonfiguration liegt in der Partition %1, nicht in %2.</translation>
    </message>
    <message>
        <source>The license configuration is in %1, the import in %2.</source>
        <translation>Die Lizenzkonfiguration liegt in %1, der Import in %2.</translation>
    </message>
    <message>
        <source>A KmsKeyId needs Encrypted set to true.</source>
        <translation>Eine KmsKeyId erfordert, dass Encrypted auf true gesetzt ist.</translation>
    </message>
    <message>
        <source>Turn Encrypted on, or remove the key to import unencrypted.</source>
        <translation>Aktivieren Sie Encrypted oder entfernen Sie den Schlüssel, um unverschlüsselt zu importieren.</translation>
    </message>
    <message>
        <source>The ClientToken is empty.</source>
        <translation>Das ClientToken ist leer.</translation>
    </message>
    <message>
        <source>Leave it unset: the app makes one per import and keeps it.</source>
        <translation>Lassen Sie die Angabe weg: Die App erzeugt pro Import ein eigenes und bewahrt es auf.</translation>
    </message>
    <message>
        <source>A ClientToken is at most 64 printable ASCII characters.</source>
        <translation>Ein ClientToken besteht aus höchstens 64 druckbaren ASCII-Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IAM role name (1 to 64 letters, digits and _+=,.@-).</source>
        <translation>„%1“ ist kein IAM-Rollenname (1 bis 64 Buchstaben, Ziffern und _+=,.@-).</translation>
    </message>
    <message>
        <source>Give the role&apos;s name, not its ARN; unset means &quot;vmimport&quot;.</source>
        <translation>Geben Sie den Namen der Rolle an, nicht ihren ARN; ohne Angabe gilt „vmimport“.</translation>
    </message>
    <message>
        <source>The upload ends before it starts.</source>
        <translation>Der Upload endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>UploadStart must not be after UploadEnd.</source>
        <translation>UploadStart darf nicht nach UploadEnd liegen.</translation>
    </message>
    <message>
        <source>The upload size cannot be negative.</source>
        <translation>Die Upload-Größe kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 must be %2, not &quot;%3&quot;.</source>
        <translation>%1 muss %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>vmi::ImageBuilderRules</name>
    <message>
        <source>ImportDiskImage needs %1.</source>
        <translation>ImportDiskImage benötigt %1.</translation>
    </message>
    <message>
        <source>ImportDiskImage needs the ISO: a local file to upload, or its s3:// uri.</source>
        <translation>ImportDiskImage benötigt die ISO: eine lokale Datei zum Hochladen oder ihre s3://-URI.</translation>
    </message>
    <message>
        <source>An image name has 3 to 128 letters, digits, &apos;-&apos;, &apos;_&apos; and inner spaces.</source>
        <translation>Ein Image-Name besteht aus 3 bis 128 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und Leerzeichen (nicht am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version MAJOR.MINOR.PATCH.</source>
        <translation>„%1“ ist keine semantische Version MAJOR.MINOR.PATCH.</translation>
    </message>
    <message>
        <source>For example 1.0.0.</source>
        <translation>Zum Beispiel 1.0.0.</translation>
    </message>
    <message>
        <source>A description has 1 to 1024 characters.</source>
        <translation>Eine Beschreibung hat 1 bis 1024 Zeichen.</translation>
    </message>
    <message>
        <source>ImportDiskImage takes platform Windows, not &quot;%1&quot;.</source>
        <translation>ImportDiskImage akzeptiert die Plattform Windows, nicht „%1“.</translation>
    </message>
    <message>
        <source>ImportDiskImage takes osVersion &quot;Microsoft Windows 11&quot;, not &quot;%1&quot;.</source>
        <translation>ImportDiskImage akzeptiert osVersion „Microsoft Windows 11“, nicht „%1“.</translation>
    </message>
    <message>
        <source>Image Builder imports Windows 11 Enterprise ISOs only.</source>
        <translation>Image Builder importiert nur ISOs von Windows 11 Enterprise.</translation>
    </message>
    <message>
        <source>A clientToken has 1 to 64 characters.</source>
        <translation>Ein clientToken hat 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>Leave it unset: the app makes one per import and keeps it.</source>
        <translation>Lassen Sie die Angabe weg: Die App erzeugt pro Import ein eigenes und bewahrt es auf.</translation>
    </message>
    <message>
        <source>A log group name has 1 to 512 letters, digits and - _ / .</source>
        <translation>Ein Protokollgruppenname besteht aus 1 bis 512 Buchstaben, Ziffern und - _ / .</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an infrastructure configuration ARN.</source>
        <translation>„%1“ ist kein ARN einer Infrastrukturkonfiguration.</translation>
    </message>
    <message>
        <source>It looks like arn:aws:imagebuilder:REGION:ACCOUNT:infrastructure-configuration/NAME.</source>
        <translation>Er hat die Form arn:aws:imagebuilder:REGION:ACCOUNT:infrastructure-configuration/NAME.</translation>
    </message>
    <message>
        <source>The infrastructure configuration is in the %1 partition, not %2.</source>
        <translation>Die Infrastrukturkonfiguration liegt in der Partition %1, nicht in %2.</translation>
    </message>
    <message>
        <source>The infrastructure configuration is in %1, but the import runs in %2.</source>
        <translation>Die Infrastrukturkonfiguration liegt in %1, der Import läuft aber in %2.</translation>
    </message>
    <message>
        <source>Use an infrastructure configuration of %1.</source>
        <translation>Verwenden Sie eine Infrastrukturkonfiguration aus %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IAM role name or role ARN.</source>
        <translation>„%1“ ist weder ein IAM-Rollenname noch ein Rollen-ARN.</translation>
    </message>
    <message>
        <source>The role is in the %1 partition, not %2.</source>
        <translation>Die Rolle liegt in der Partition %1, nicht in %2.</translation>
    </message>
    <message>
        <source>The uri must be an S3 URI: s3://BUCKET/KEY.</source>
        <translation>Die uri muss eine S3-URI sein: s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>Write s3://BUCKET/KEY.</source>
        <translation>Schreiben Sie s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>The ISO has no bucket to be uploaded to.</source>
        <translation>Für die ISO gibt es keinen Bucket, in den sie hochgeladen werden kann.</translation>
    </message>
    <message>
        <source>Set the upload bucket, or the uri.</source>
        <translation>Legen Sie den Upload-Bucket oder die uri fest.</translation>
    </message>
    <message>
        <source>ImportDiskImage takes a Windows ISO; this file is %1.</source>
        <translation>ImportDiskImage akzeptiert eine Windows-ISO; bei dieser Datei handelt es sich um %1.</translation>
    </message>
    <message>
        <source>not an ISO</source>
        <translation>keine ISO</translation>
    </message>
    <message>
        <source>Disk images go to EC2&apos;s ImportImage or ImportSnapshot.</source>
        <translation>Datenträgerimages gehören zu ImportImage oder ImportSnapshot von EC2.</translation>
    </message>
    <message>
        <source>uefiData has at most 64000 characters.</source>
        <translation>uefiData hat höchstens 64000 Zeichen.</translation>
    </message>
    <message>
        <source>uefiData must be Base64.</source>
        <translation>uefiData muss Base64-codiert sein.</translation>
    </message>
    <message>
        <source>python-uefivars makes it from a UEFI variable store.</source>
        <translation>python-uefivars erzeugt es aus einem UEFI-Variablenspeicher.</translation>
    </message>
    <message>
        <source>uefiData can be given only when Secure Boot is on or unset.</source>
        <translation>uefiData kann nur angegeben werden, wenn Secure Boot aktiviert oder nicht festgelegt ist.</translation>
    </message>
    <message>
        <source>Remove uefiData, or turn secureBootEnabled on.</source>
        <translation>Entfernen Sie uefiData oder aktivieren Sie secureBootEnabled.</translation>
    </message>
    <message>
        <source>windowsConfiguration needs imageIndex.</source>
        <translation>windowsConfiguration benötigt imageIndex.</translation>
    </message>
    <message>
        <source>The 1-based index of the Windows edition in the ISO&apos;s install.wim.</source>
        <translation>Der bei 1 beginnende Index der Windows-Edition in der install.wim der ISO.</translation>
    </message>
    <message>
        <source>imageIndex is 1 to 4294967295.</source>
        <translation>imageIndex liegt zwischen 1 und 4294967295.</translation>
    </message>
</context>
<context>
    <name>vmi::ImportFailureAdvice</name>
    <message>
        <source>Create the service role (vmimport by default) with a trust policy for vmie.amazonaws.com and a policy that reads the bucket; a new role can take a minute to be usable.</source>
        <translation>Erstellen Sie die Servicerolle (standardmäßig vmimport) mit einer Vertrauensrichtlinie für vmie.amazonaws.com und einer Richtlinie, die den Bucket lesen darf; eine neue Rolle kann etwa eine Minute brauchen, bis sie nutzbar ist.</translation>
    </message>
    <message>
        <source>The service role cannot read the uploaded object: allow s3:GetObject on the bucket in the role&apos;s policy (and kms:Decrypt for SSE-KMS objects).</source>
        <translation>Die Servicerolle kann das hochgeladene Objekt nicht lesen: Erlauben Sie in der Richtlinie der Rolle s3:GetObject für den Bucket (und kms:Decrypt für SSE-KMS-Objekte).</translation>
    </message>
    <message>
        <source>Convert the disk to a stream-optimized VMDK (qemu-img convert -O vmdk -o subformat=streamOptimized) and import it again.</source>
        <translation>Konvertieren Sie den Datenträger in eine streamoptimierte VMDK (qemu-img convert -O vmdk -o subformat=streamOptimized) und importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Export the VM again as an OVA with single-file disks.</source>
        <translation>Exportieren Sie die VM erneut als OVA mit Datenträgern aus jeweils einer einzigen Datei.</translation>
    </message>
    <message>
        <source>The disk format given does not match the file or is not accepted by this import: check the format, or use ImportImage instead of ImportSnapshot.</source>
        <translation>Das angegebene Datenträgerformat passt nicht zur Datei oder wird von diesem Import nicht akzeptiert: Prüfen Sie das Format oder verwenden Sie ImportImage statt ImportSnapshot.</translation>
    </message>
    <message>
        <source>VM Import did not recognise the operating system: use a supported OS and layout, or import the disk with ImportSnapshot and register an AMI from it.</source>
        <translation>VM Import hat das Betriebssystem nicht erkannt: Verwenden Sie ein unterstütztes Betriebssystem und Layout oder importieren Sie den Datenträger mit ImportSnapshot und registrieren Sie daraus ein AMI.</translation>
    </message>
    <message>
        <source>Install a kernel listed as supported for your distribution, then export and import the disk again.</source>
        <translation>Installieren Sie einen Kernel, der für Ihre Distribution als unterstützt aufgeführt ist, und exportieren und importieren Sie den Datenträger dann erneut.</translation>
    </message>
    <message>
        <source>The VHD is differencing or damaged: merge it into a fixed or dynamic VHD and upload it again.</source>
        <translation>Die VHD ist differenzierend oder beschädigt: Führen Sie sie zu einer VHD fester oder dynamischer Größe zusammen und laden Sie sie erneut hoch.</translation>
    </message>
    <message>
        <source>The uploaded disk is damaged: check the local file and upload it again.</source>
        <translation>Der hochgeladene Datenträger ist beschädigt: Prüfen Sie die lokale Datei und laden Sie sie erneut hoch.</translation>
    </message>
    <message>
        <source>The disk has no partition table VM Import can read: check that the right disk was exported.</source>
        <translation>Der Datenträger hat keine Partitionstabelle, die VM Import lesen kann: Prüfen Sie, ob der richtige Datenträger exportiert wurde.</translation>
    </message>
    <message>
        <source>Upload to a bucket in the Region you import into.</source>
        <translation>Laden Sie in einen Bucket in der Region hoch, in die Sie importieren.</translation>
    </message>
    <message>
        <source>Check the bucket and key of the disk in S3.</source>
        <translation>Prüfen Sie Bucket und Schlüssel des Datenträgers in S3.</translation>
    </message>
</context>
<context>
    <name>vmi::JobRecord</name>
    <message>
        <source>The import task ended with status %1.</source>
        <translation>Die Importaufgabe wurde mit dem Status %1 beendet.</translation>
    </message>
    <message>
        <source>the job has no id</source>
        <translation>der Auftrag hat keine ID</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>unbekannte Operation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>unbekannter Zustand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown submit outcome &apos;%1&apos;</source>
        <translation>unbekanntes Übermittlungsergebnis &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown failed step &apos;%1&apos;</source>
        <translation>unbekannter fehlgeschlagener Schritt &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>vmi::KmsKeyRule</name>
    <message>
        <source>The KMS key is empty.</source>
        <translation>Der KMS-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>Leave it unset for the default EBS key, or name a key.</source>
        <translation>Lassen Sie die Angabe weg, um den EBS-Standardschlüssel zu verwenden, oder geben Sie einen Schlüssel an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KMS key id, alias, key ARN or alias ARN.</source>
        <translation>„%1“ ist weder eine KMS-Schlüssel-ID noch ein Alias, Schlüssel-ARN oder Alias-ARN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KMS key ARN or alias ARN.</source>
        <translation>„%1“ ist weder ein KMS-Schlüssel-ARN noch ein Alias-ARN.</translation>
    </message>
    <message>
        <source>The key is in the %1 partition, but the Region %2 is in %3.</source>
        <translation>Der Schlüssel liegt in der Partition %1, die Region %2 aber in %3.</translation>
    </message>
    <message>
        <source>Use a key of the import&apos;s Region.</source>
        <translation>Verwenden Sie einen Schlüssel aus der Region des Imports.</translation>
    </message>
    <message>
        <source>The key is in %1, but the import runs in %2: the key must be in the import&apos;s Region.</source>
        <translation>Der Schlüssel liegt in %1, der Import läuft aber in %2: Der Schlüssel muss in der Region des Imports liegen.</translation>
    </message>
    <message>
        <source>Use a key in %1, or import in %2.</source>
        <translation>Verwenden Sie einen Schlüssel in %1 oder importieren Sie in %2.</translation>
    </message>
    <message>
        <source>Use a key id (1234abcd-12ab-34cd-56ef-1234567890ab), an alias (alias/my-key), a key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID) or an alias ARN (arn:aws:kms:REGION:ACCOUNT:alias/my-key).</source>
        <translation>Verwenden Sie eine Schlüssel-ID (1234abcd-12ab-34cd-56ef-1234567890ab), einen Alias (alias/my-key), einen Schlüssel-ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID) oder einen Alias-ARN (arn:aws:kms:REGION:ACCOUNT:alias/my-key).</translation>
    </message>
</context>
<context>
    <name>vmi::PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>ihr Ordner kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>vmi::ProfileJson</name>
    <message>
        <source>DiskContainers[%1].Url: the presigned URL&apos;s signature and credentials are not saved; sign it again before the import, or use an s3:// URL.</source>
        <translation>DiskContainers[%1].Url: Signatur und Anmeldeinformationen der vorsignierten URL werden nicht gespeichert; signieren Sie sie vor dem Import erneut oder verwenden Sie eine s3://-URL.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The file holds no JSON object.</source>
        <translation>Die Datei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file has no valid schemaVersion: it is not a profile.</source>
        <translation>Die Datei hat keine gültige schemaVersion: Sie ist kein Profil.</translation>
    </message>
    <message>
        <source>A newer version of the app wrote this profile (schema %1; this version reads schema %2).</source>
        <translation>Dieses Profil wurde von einer neueren Version der App geschrieben (Schema %1; diese Version liest Schema %2).</translation>
    </message>
    <message>
        <source>Open it with a newer version; this one leaves the file as it is.</source>
        <translation>Öffnen Sie es mit einer neueren Version; diese Version lässt die Datei unverändert.</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>Das Profil hat keinen Namen.</translation>
    </message>
    <message>
        <source>The operation must be ImportImage, ImportSnapshot or ImportDiskImage.</source>
        <translation>Die Operation muss ImportImage, ImportSnapshot oder ImportDiskImage sein.</translation>
    </message>
    <message>
        <source>The profile has no request.</source>
        <translation>Das Profil enthält keine Anfrage.</translation>
    </message>
    <message>
        <source>The bandwidth limit is bytes per second: 0 (no limit) or more.</source>
        <translation>Die Bandbreitenbegrenzung wird in Byte pro Sekunde angegeben: 0 (keine Begrenzung) oder mehr.</translation>
    </message>
    <message>
        <source>The concurrency is out of range.</source>
        <translation>Die Parallelität liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>vmi::RequestReader</name>
    <message>
        <source>Unknown parameter in %1: &quot;%2&quot;, must be one of: %3</source>
        <translation>Unknown parameter in %1: &quot;%2&quot;, must be one of: %3</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>Remove it, or check its spelling: member names are case-sensitive.</source>
        <translation>Entfernen Sie ihn oder prüfen Sie die Schreibweise: Bei Membernamen wird zwischen Groß- und Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>Invalid type for parameter %1, value: %2, type: %3, valid types: %4</source>
        <translation>Invalid type for parameter %1, value: %2, type: %3, valid types: %4</translation>
    </message>
    <message>
        <source>Invalid timestamp value for parameter %1: %2</source>
        <translation>Invalid timestamp value for parameter %1: %2</translation>
    </message>
    <message>
        <source>Use ISO 8601, for example 2024-01-02T03:04:05Z, or seconds since 1970.</source>
        <translation>Verwenden Sie ISO 8601, zum Beispiel 2024-01-02T03:04:05Z, oder Sekunden seit 1970.</translation>
    </message>
</context>
<context>
    <name>vmi::S3Names</name>
    <message>
        <source>A bucket name has 3 to 63 characters.</source>
        <translation>Ein Bucket-Name hat 3 bis 63 Zeichen.</translation>
    </message>
    <message>
        <source>A bucket name has only lower-case letters, digits, dots and hyphens.</source>
        <translation>Ein Bucket-Name enthält nur Kleinbuchstaben, Ziffern, Punkte und Bindestriche.</translation>
    </message>
    <message>
        <source>A bucket name begins and ends with a letter or a digit.</source>
        <translation>Ein Bucket-Name beginnt und endet mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A bucket name has no two dots in a row.</source>
        <translation>Ein Bucket-Name enthält keine zwei aufeinanderfolgenden Punkte.</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>Ein Bucket-Name darf nicht wie eine IP-Adresse aussehen.</translation>
    </message>
    <message>
        <source>Bucket names beginning with &quot;%1&quot; are reserved.</source>
        <translation>Bucket-Namen, die mit „%1“ beginnen, sind reserviert.</translation>
    </message>
    <message>
        <source>Bucket names ending with &quot;%1&quot; are reserved.</source>
        <translation>Bucket-Namen, die auf „%1“ enden, sind reserviert.</translation>
    </message>
    <message>
        <source>The object key is empty.</source>
        <translation>Der Objektschlüssel ist leer.</translation>
    </message>
    <message>
        <source>An object key is at most 1024 bytes of UTF-8; this one has %1.</source>
        <translation>Ein Objektschlüssel umfasst höchstens 1024 Byte in UTF-8; dieser hat %1.</translation>
    </message>
</context>
<context>
    <name>vmi::TagRules</name>
    <message>
        <source>A tag specification needs a ResourceType.</source>
        <translation>Eine Tag-Spezifikation benötigt einen ResourceType.</translation>
    </message>
    <message>
        <source>Use %1: the tags go on the import task.</source>
        <translation>Verwenden Sie %1: Die Tags werden an die Importaufgabe angehängt.</translation>
    </message>
    <message>
        <source>%1 tags only its task: the ResourceType must be %2, not %3.</source>
        <translation>%1 versieht nur die eigene Aufgabe mit Tags: Der ResourceType muss %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>To tag the AMI or snapshots, tag them after the import finishes.</source>
        <translation>Versehen Sie das AMI oder die Snapshots nach Abschluss des Imports mit Tags.</translation>
    </message>
    <message>
        <source>There is already a tag specification for %1.</source>
        <translation>Es gibt bereits eine Tag-Spezifikation für %1.</translation>
    </message>
    <message>
        <source>Put all tags into one specification.</source>
        <translation>Fassen Sie alle Tags in einer Spezifikation zusammen.</translation>
    </message>
    <message>
        <source>The tag specification has no tags.</source>
        <translation>Die Tag-Spezifikation enthält keine Tags.</translation>
    </message>
    <message>
        <source>Add tags or remove it.</source>
        <translation>Fügen Sie Tags hinzu oder entfernen Sie die Spezifikation.</translation>
    </message>
    <message>
        <source>At most %1 tags; there are %2.</source>
        <translation>Höchstens %1 Tags; vorhanden sind %2.</translation>
    </message>
    <message>
        <source>A tag needs a key.</source>
        <translation>Ein Tag benötigt einen Schlüssel.</translation>
    </message>
    <message>
        <source>A tag key has at most %1 characters; this one has %2.</source>
        <translation>Ein Tag-Schlüssel hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>Tag keys starting with &quot;aws:&quot; are reserved for AWS.</source>
        <translation>Tag-Schlüssel, die mit „aws:“ beginnen, sind für AWS reserviert.</translation>
    </message>
    <message>
        <source>Image Builder tag keys have only letters, digits, spaces and _ . : / = + - @.</source>
        <translation>Tag-Schlüssel von Image Builder enthalten nur Buchstaben, Ziffern, Leerzeichen und _ . : / = + - @.</translation>
    </message>
    <message>
        <source>A tag value has at most %1 characters; this one has %2.</source>
        <translation>Ein Tag-Wert hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is given twice.</source>
        <translation>Der Tag-Schlüssel „%1“ ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>vmi::TagTableModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>vmi::TaskTableModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Image Builder</source>
        <translation>Image Builder</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>vmi::UploadRules</name>
    <message>
        <source>No disk belongs to this file; it is not uploaded.</source>
        <translation>Zu dieser Datei gehört kein Datenträger; sie wird nicht hochgeladen.</translation>
    </message>
    <message>
        <source>Add a disk for it, or remove it.</source>
        <translation>Fügen Sie einen Datenträger für sie hinzu oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>S3 parts are 5 MiB to 5 GiB.</source>
        <translation>S3-Teile sind 5 MiB bis 5 GiB groß.</translation>
    </message>
    <message>
        <source>Or leave the part size at 0 to have it chosen from the file size.</source>
        <translation>Oder lassen Sie die Teilgröße auf 0, damit sie anhand der Dateigröße gewählt wird.</translation>
    </message>
    <message>
        <source>%1 needs more than 10,000 parts of this size.</source>
        <translation>%1 benötigt mehr als 10.000 Teile dieser Größe.</translation>
    </message>
    <message>
        <source>Use parts of at least %1 MiB, or 0 to choose automatically.</source>
        <translation>Verwenden Sie Teile von mindestens %1 MiB oder 0 für die automatische Wahl.</translation>
    </message>
    <message>
        <source>The number of parts in flight cannot be negative.</source>
        <translation>Die Anzahl gleichzeitig übertragener Teile kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 parts in flight hold %1 parts in memory; more than %2 rarely helps.</source>
        <translation>%1 gleichzeitig übertragene Teile belegen %1 Teile im Arbeitsspeicher; mehr als %2 bringen selten etwas.</translation>
    </message>
    <message>
        <source>Objects in %1 must be restored before anyone can read them; the import cannot.</source>
        <translation>Objekte in %1 müssen wiederhergestellt werden, bevor sie gelesen werden können; der Import kann das nicht.</translation>
    </message>
    <message>
        <source>Use STANDARD: the disk is read once and can be deleted after the import.</source>
        <translation>Verwenden Sie STANDARD: Der Datenträger wird einmal gelesen und kann nach dem Import gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 is not a storage class of a general purpose bucket.</source>
        <translation>%1 ist keine Speicherklasse eines Allzweck-Buckets.</translation>
    </message>
    <message>
        <source>Use STANDARD.</source>
        <translation>Verwenden Sie STANDARD.</translation>
    </message>
    <message>
        <source>AWS recommends against REDUCED_REDUNDANCY; it costs more than STANDARD.</source>
        <translation>AWS rät von REDUCED_REDUNDANCY ab; es kostet mehr als STANDARD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an S3 storage class.</source>
        <translation>„%1“ ist keine S3-Speicherklasse.</translation>
    </message>
    <message>
        <source>For example STANDARD or INTELLIGENT_TIERING.</source>
        <translation>Zum Beispiel STANDARD oder INTELLIGENT_TIERING.</translation>
    </message>
    <message>
        <source>Server-side encryption is AES256, aws:kms or aws:kms:dsse, not &quot;%1&quot;.</source>
        <translation>Die serverseitige Verschlüsselung ist AES256, aws:kms oder aws:kms:dsse, nicht „%1“.</translation>
    </message>
    <message>
        <source>A KMS key needs aws:kms or aws:kms:dsse encryption.</source>
        <translation>Ein KMS-Schlüssel erfordert die Verschlüsselung aws:kms oder aws:kms:dsse.</translation>
    </message>
    <message>
        <source>Set the server-side encryption to aws:kms.</source>
        <translation>Setzen Sie die serverseitige Verschlüsselung auf aws:kms.</translation>
    </message>
    <message>
        <source>The vmimport role needs kms:Decrypt on the upload&apos;s KMS key to read the disk.</source>
        <translation>Die Rolle vmimport benötigt kms:Decrypt für den KMS-Schlüssel des Uploads, um den Datenträger zu lesen.</translation>
    </message>
    <message>
        <source>The checksum must be one of %1, not &quot;%2&quot;.</source>
        <translation>Der Prüfsummenalgorithmus muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>This app checks every uploaded part with CRC32C; %1 is not used.</source>
        <translation>Diese App prüft jeden hochgeladenen Teil mit CRC32C; %1 wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Choose CRC32C, or leave the checksum at the app&apos;s default.</source>
        <translation>Wählen Sie CRC32C oder belassen Sie die Prüfsumme bei der Standardeinstellung der App.</translation>
    </message>
</context>
<context>
    <name>vmi::Validator</name>
    <message>
        <source>Choose the Region to import into.</source>
        <translation>Wählen Sie die Region, in die importiert werden soll.</translation>
    </message>
    <message>
        <source>The bucket, the KMS keys and the import all live in one Region.</source>
        <translation>Bucket, KMS-Schlüssel und Import befinden sich alle in derselben Region.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS Region name.</source>
        <translation>„%1“ ist kein Name einer AWS-Region.</translation>
    </message>
    <message>
        <source>For example eu-west-1 or us-east-1.</source>
        <translation>Zum Beispiel eu-west-1 oder us-east-1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS profile name.</source>
        <translation>„%1“ ist kein AWS-Profilname.</translation>
    </message>
    <message>
        <source>Use the name of a [profile NAME] section of ~/.aws/config, or leave it empty.</source>
        <translation>Verwenden Sie den Namen eines Abschnitts [profile NAME] in ~/.aws/config oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>vmi::aws::AssumeRoleProvider</name>
    <message>
        <source>Could not get the credentials to assume role %1 with (profile &quot;%2&quot;): %3</source>
        <translation>Die Anmeldeinformationen zum Übernehmen der Rolle %1 konnten nicht abgerufen werden (Profil „%2“): %3</translation>
    </message>
    <message>
        <source>Could not assume role %1 for profile &quot;%2&quot;: %3</source>
        <translation>Die Rolle %1 konnte für das Profil „%2“ nicht übernommen werden: %3</translation>
    </message>
</context>
<context>
    <name>vmi::aws::ClientConfigReader</name>
    <message>
        <source>AWS_MAX_ATTEMPTS must be a whole number from 1 up, not &quot;%1&quot;.</source>
        <translation>AWS_MAX_ATTEMPTS muss eine ganze Zahl ab 1 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>max_attempts in profile &quot;%1&quot; must be a whole number from 1 up, not &quot;%2&quot;.</source>
        <translation>max_attempts im Profil „%1“ muss eine ganze Zahl ab 1 sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>vmi::aws::CredentialChain</name>
    <message>
        <source>Profile &quot;%1&quot; has no keys in the AWS files and no keychain was given to look in.</source>
        <translation>Das Profil „%1“ hat keine Schlüssel in den AWS-Dateien, und es wurde kein Schlüsselbund zum Nachsehen angegeben.</translation>
    </message>
    <message>
        <source>The credential plan has no base credentials.</source>
        <translation>Der Plan für die Anmeldeinformationen enthält keine Basis-Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role but the plan names none.</source>
        <translation>Das Profil „%1“ übernimmt eine Rolle, aber der Plan nennt keine.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role, but no network access was given to call STS with.</source>
        <translation>Das Profil „%1“ übernimmt eine Rolle, aber es wurde kein Netzwerkzugang für den Aufruf von STS angegeben.</translation>
    </message>
</context>
<context>
    <name>vmi::aws::CredentialPlanner</name>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>Das AWS-Profil „%1“ steht weder in %2 noch in %3.</translation>
    </message>
    <message>
        <source>The profiles&apos; source_profile settings form a loop through &quot;%1&quot;.</source>
        <translation>Die source_profile-Einstellungen der Profile bilden eine Schleife über „%1“.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses credential_source, which this app does not support; use source_profile instead.</source>
        <translation>Das Profil „%1“ verwendet credential_source, was diese App nicht unterstützt; verwenden Sie stattdessen source_profile.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has role_arn but no source_profile to assume it with.</source>
        <translation>Das Profil „%1“ hat role_arn, aber kein source_profile, mit dem die Rolle übernommen werden kann.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names source_profile &quot;%2&quot;, which is in neither the config nor the credentials file.</source>
        <translation>Das Profil „%1“ nennt source_profile „%2“, das weder in der config- noch in der credentials-Datei steht.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: duration_seconds must be a number from 900 to 43200.</source>
        <translation>Profil „%1“: duration_seconds muss eine Zahl von 900 bis 43200 sein.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has only one of aws_access_key_id and aws_secret_access_key.</source>
        <translation>Das Profil „%1“ hat nur einen der beiden Werte aws_access_key_id und aws_secret_access_key.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; signs in through IAM Identity Center (%2), which vmimport cannot do yet. After `aws sso login --profile %1`, use a profile with credential_process = aws configure export-credentials --profile %1 --format process</source>
        <translation>Profil „%1“ meldet sich über IAM Identity Center an (%2); das kann vmimport noch nicht. Verwenden Sie nach `aws sso login --profile %1` ein Profil mit credential_process = aws configure export-credentials --profile %1 --format process</translation>
    </message>
</context>
<context>
    <name>vmi::aws::KeychainCredentialProvider</name>
    <message>
        <source>No keychain store was given to read the keys of profile &quot;%1&quot; from.</source>
        <translation>Es wurde kein Schlüsselbund angegeben, aus dem die Schlüssel des Profils „%1“ gelesen werden können.</translation>
    </message>
</context>
<context>
    <name>vmi::aws::KeychainStore</name>
    <message>
        <source>No OS keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running); VM Import Wizard never stores keys in a plain file. (%1)</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar (unter Linux muss ein Secret Service wie GNOME Keyring oder KWallet laufen); VM Import Wizard speichert Schlüssel niemals in einer einfachen Datei. (%1)</translation>
    </message>
    <message>
        <source>No AWS keys are stored in the keychain for profile &quot;%1&quot;.</source>
        <translation>Im Schlüsselbund sind für das Profil „%1“ keine AWS-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access to the keys of profile &quot;%1&quot; (is it locked?): %2</source>
        <translation>Der Schlüsselbund hat den Zugriff auf die Schlüssel des Profils „%1“ verweigert (ist er gesperrt?): %2</translation>
    </message>
    <message>
        <source>The keychain failed for profile &quot;%1&quot;: %2</source>
        <translation>Fehler im Schlüsselbund für das Profil „%1“: %2</translation>
    </message>
    <message>
        <source>The keychain entry of profile &quot;%1&quot; is not one this app wrote; enter the keys again.</source>
        <translation>Der Schlüsselbundeintrag des Profils „%1“ stammt nicht von dieser App; geben Sie die Schlüssel erneut ein.</translation>
    </message>
</context>
<context>
    <name>vmi::aws::RefreshingCredentialProvider</name>
    <message>
        <source>Credentials were refreshed, but the refreshed credentials are still expired (Expiration %1).</source>
        <translation>Die Anmeldeinformationen wurden aktualisiert, sind aber weiterhin abgelaufen (Expiration %1).</translation>
    </message>
</context>
<context>
    <name>vmi::aws::SharedConfig</name>
    <message>
        <source>line %1: expected &quot;key = value&quot; in the block under &quot;%2&quot;</source>
        <translation>Zeile %1: „key = value“ im Block unter „%2“ erwartet</translation>
    </message>
    <message>
        <source>line %1: a section header must end with &quot;]&quot;</source>
        <translation>Zeile %1: Eine Abschnittsüberschrift muss mit „]“ enden</translation>
    </message>
    <message>
        <source>line %1: a setting outside any [section]</source>
        <translation>Zeile %1: eine Einstellung außerhalb eines [section]-Abschnitts</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;</source>
        <translation>Zeile %1: „key = value“ erwartet</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>vmi::aws::StsClientAssumeRoleCaller</name>
    <message>
        <source>STS AssumeRole answered without complete credentials.</source>
        <translation>STS AssumeRole hat ohne vollständige Anmeldeinformationen geantwortet.</translation>
    </message>
</context>
<context>
    <name>vmi::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>submit:</source>
        <translation>Übermittlung:</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>no job &apos;%1&apos;</source>
        <translation>kein Auftrag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one job</source>
        <translation>&apos;%1&apos; passt auf mehr als einen Auftrag</translation>
    </message>
    <message>
        <source>cannot open the job folder %1</source>
        <translation>der Auftragsordner %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>left alone: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <source>Also the finished jobs.</source>
        <translation>Auch die beendeten Aufträge.</translation>
    </message>
    <message>
        <source>Keep monitoring until every job shown has ended.</source>
        <translation>Weiter überwachen, bis alle angezeigten Aufträge beendet sind.</translation>
    </message>
    <message>
        <source>--output takes text or json</source>
        <translation>--output akzeptiert text oder json</translation>
    </message>
    <message>
        <source>Cancelling %1: AWS is stopping the task (%2).</source>
        <translation>%1 wird abgebrochen: AWS stoppt die Aufgabe (%2).</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <source>jobs takes no arguments</source>
        <translation>jobs akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>status takes at most one job id</source>
        <translation>status akzeptiert höchstens eine Auftrags-ID</translation>
    </message>
    <message>
        <source>cancel takes one job id</source>
        <translation>cancel erwartet genau eine Auftrags-ID</translation>
    </message>
    <message>
        <source>job %1 has already ended (%2)</source>
        <translation>Auftrag %1 ist bereits beendet (%2)</translation>
    </message>
    <message>
        <source>Unable to load paramfile %1: %2</source>
        <translation>Unable to load paramfile %1: %2</translation>
    </message>
    <message>
        <source>job %1 has already completed its import; only its last steps are left</source>
        <translation>Auftrag %1 hat seinen Import bereits abgeschlossen; nur die letzten Schritte stehen noch aus</translation>
    </message>
    <message>
        <source>Usage: vmimport [--version] [--help] &lt;command&gt; [options]

Moves virtual machine disks into AWS: EC2 ImportImage, ImportSnapshot and
Image Builder ImportDiskImage.

Commands:
  inspect FILE... [--output json]   what each disk image is and which imports take it
  validate PROFILE.json [--output json]   check a profile before importing
  profiles list|show|import|export [--output json]   saved import profiles
  run PROFILE.json [--wait] [--output json]   run an import: upload, submit, monitor
  resume [ID] [--wait] [--output json]   go on with unfinished jobs after a stop
  retry ID [--wait] [--output json]   start a failed job again from the step that failed
  jobs [--output json]   the import jobs of this app
  status [ID] [--all] [--watch] [--output json]   where the jobs stand in AWS
  cancel ID   cancel a job&apos;s import task
  s3 cp FILE s3://BUCKET/KEY [--resume] ...
                                    resumable, checksummed multipart upload

AWS CLI-compatible commands (same --cli-input-json, same request, same JSON output):
  ec2 import-image | import-snapshot | describe-import-image-tasks |
      describe-import-snapshot-tasks | cancel-import-task | ...
  imagebuilder import-disk-image | get-image | cancel-image-creation | ...
  sts get-caller-identity, iam get-role, kms describe-key, ...
  Run &apos;vmimport &lt;command&gt; help&apos; for a service&apos;s operations.
</source>
        <translation>Aufruf: vmimport [--version] [--help] &lt;command&gt; [options]

Überträgt Datenträger virtueller Maschinen nach AWS: EC2 ImportImage, ImportSnapshot und
Image Builder ImportDiskImage.

Befehle:
  inspect FILE... [--output json]   was jedes Datenträgerimage ist und welche Importe es akzeptieren
  validate PROFILE.json [--output json]   ein Profil vor dem Import prüfen
  profiles list|show|import|export [--output json]   gespeicherte Importprofile
  run PROFILE.json [--wait] [--output json]   einen Import ausführen: hochladen, übermitteln, überwachen
  resume [ID] [--wait] [--output json]   unvollendete Aufträge nach einer Unterbrechung fortsetzen
  retry ID [--wait] [--output json]   einen fehlgeschlagenen Auftrag ab dem fehlgeschlagenen Schritt erneut starten
  jobs [--output json]   die Importaufträge dieser App
  status [ID] [--all] [--watch] [--output json]   Stand der Aufträge in AWS
  cancel ID   die Importaufgabe eines Auftrags abbrechen
  s3 cp FILE s3://BUCKET/KEY [--resume] ...
                                    fortsetzbarer mehrteiliger Upload mit Prüfsummen

AWS CLI-kompatible Befehle (gleiches --cli-input-json, gleiche Anfrage, gleiche JSON-Ausgabe):
  ec2 import-image | import-snapshot | describe-import-image-tasks |
      describe-import-snapshot-tasks | cancel-import-task | ...
  imagebuilder import-disk-image | get-image | cancel-image-creation | ...
  sts get-caller-identity, iam get-role, kms describe-key, ...
  Mit &apos;vmimport &lt;command&gt; help&apos; zeigen Sie die Operationen eines Service an.
</translation>
    </message>
</context>
<context>
    <name>vmi::cli::AwsCommand</name>
    <message>
        <source>usage: vmimport [options] &lt;command&gt; &lt;subcommand&gt; [parameters]
To see help text, you can run:

  vmimport --help
  vmimport &lt;command&gt; help
  vmimport &lt;command&gt; &lt;subcommand&gt; --help
</source>
        <translation>usage: vmimport [options] &lt;command&gt; &lt;subcommand&gt; [parameters]
To see help text, you can run:

  vmimport --help
  vmimport &lt;command&gt; help
  vmimport &lt;command&gt; &lt;subcommand&gt; --help
</translation>
    </message>
    <message>
        <source>Operations of vmimport %1 (input as in the AWS CLI&apos;s --cli-input-json):</source>
        <translation>Operationen von vmimport %1 (Eingabe wie bei --cli-input-json der AWS CLI):</translation>
    </message>
    <message>
        <source>Calls %1. Options (or the same members in --cli-input-json):</source>
        <translation>Ruft %1 auf. Optionen (oder dieselben Member in --cli-input-json):</translation>
    </message>
    <message>
        <source> required</source>
        <translation> erforderlich</translation>
    </message>
    <message>
        <source>Global options: --region, --profile, --endpoint-url, --output json, --debug, --no-paginate,
  --cli-input-json JSON|file://name.json, --generate-cli-skeleton [input|output],
  --cli-read-timeout SECONDS, --ca-bundle FILE.pem</source>
        <translation>Globale Optionen: --region, --profile, --endpoint-url, --output json, --debug, --no-paginate,
  --cli-input-json JSON|file://name.json, --generate-cli-skeleton [input|output],
  --cli-read-timeout SECONDS, --ca-bundle FILE.pem</translation>
    </message>
    <message>
        <source>Unable to locate credentials. You can configure credentials by running &quot;aws configure&quot;.</source>
        <translation>Unable to locate credentials. You can configure credentials by running &quot;aws configure&quot;.</translation>
    </message>
    <message>
        <source>(vmimport also looked in the OS keychain: %1)</source>
        <translation>(vmimport hat auch im Schlüsselbund des Betriebssystems gesucht: %1)</translation>
    </message>
    <message>
        <source>Invalid command: %1</source>
        <translation>Invalid command: %1</translation>
    </message>
    <message>
        <source>argument operation: Invalid choice, valid choices are:

%1</source>
        <translation>argument operation: Invalid choice, valid choices are:

%1</translation>
    </message>
    <message>
        <source>Unable to parse the AWS config files:</source>
        <translation>Unable to parse the AWS config files:</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found</source>
        <translation>The config profile (%1) could not be found</translation>
    </message>
    <message>
        <source>You must specify a region. You can also configure your region by running &quot;aws configure&quot;.</source>
        <translation>You must specify a region. You can also configure your region by running &quot;aws configure&quot;.</translation>
    </message>
</context>
<context>
    <name>vmi::cli::InspectCommand</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>virtual size:</source>
        <translation>virtuelle Größe:</translation>
    </message>
    <message>
        <source>file size:</source>
        <translation>Dateigröße:</translation>
    </message>
    <message>
        <source>partition table:</source>
        <translation>Partitionstabelle:</translation>
    </message>
    <message>
        <source>boot mode hint:</source>
        <translation>Hinweis zum Boot-Modus:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ImportImage: %1, ImportSnapshot: %2, ImportDiskImage: %3</source>
        <translation>ImportImage: %1, ImportSnapshot: %2, ImportDiskImage: %3</translation>
    </message>
    <message>
        <source>contains:</source>
        <translation>enthält:</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>Disk images to inspect.</source>
        <translation>Zu untersuchende Datenträgerimages.</translation>
    </message>
    <message>
        <source>--output must be text or json, not &apos;%1&apos;</source>
        <translation>--output muss text oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>name at least one disk image: vmimport inspect FILE...</source>
        <translation>geben Sie mindestens ein Datenträgerimage an: vmimport inspect FILE...</translation>
    </message>
</context>
<context>
    <name>vmi::cli::OperationArguments</name>
    <message>
        <source>argument --generate-cli-skeleton: invalid choice: &apos;%1&apos; (vmimport supports &apos;input&apos;)</source>
        <translation>argument --generate-cli-skeleton: invalid choice: &apos;%1&apos; (vmimport supports &apos;input&apos;)</translation>
    </message>
    <message>
        <source>argument %1: expected one argument</source>
        <translation>argument %1: expected one argument</translation>
    </message>
    <message>
        <source>Unknown options: %1</source>
        <translation>Unknown options: %1</translation>
    </message>
    <message>
        <source>Error parsing parameter &apos;--cli-input-json&apos;: %1</source>
        <translation>Error parsing parameter &apos;--cli-input-json&apos;: %1</translation>
    </message>
    <message>
        <source>Error parsing parameter &apos;--cli-input-json&apos;: Invalid JSON received: %1</source>
        <translation>Error parsing parameter &apos;--cli-input-json&apos;: Invalid JSON received: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>takes no value</source>
        <translation>takes no value</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected one argument, got %1</source>
        <translation>expected one argument, got %1</translation>
    </message>
    <message>
        <source>Invalid JSON: %1. vmimport takes JSON (or file://name.json) for structures and lists; the AWS CLI&apos;s shorthand syntax is not supported.</source>
        <translation>Ungültiges JSON: %1. vmimport erwartet für Strukturen und Listen JSON (oder file://name.json); die Kurzschreibweise (Shorthand) der AWS CLI wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Error parsing parameter &apos;%1&apos;: %2</source>
        <translation>Error parsing parameter &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>invalid %1 value: %2</source>
        <translation>invalid %1 value: %2</translation>
    </message>
    <message>
        <source>vmimport prints JSON only: --output %1 is not supported</source>
        <translation>vmimport gibt nur JSON aus: --output %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Error parsing parameter &apos;--cli-read-timeout&apos;: not a number of seconds from 0 to 86400: %1</source>
        <translation>Error parsing parameter &apos;--cli-read-timeout&apos;: keine Anzahl Sekunden von 0 bis 86400: %1</translation>
    </message>
</context>
<context>
    <name>vmi::cli::ProfilesCommand</name>
    <message>
        <source>No profiles in %1.</source>
        <translation>Keine Profile in %1.</translation>
    </message>
    <message>
        <source>cannot be used: %1 (%2)</source>
        <translation>nicht verwendbar: %1 (%2)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(keine Region)</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <source>region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>AWS profile:</source>
        <translation>AWS-Profil:</translation>
    </message>
    <message>
        <source>upload to:</source>
        <translation>Hochladen nach:</translation>
    </message>
    <message>
        <source>local file %1:</source>
        <translation>lokale Datei %1:</translation>
    </message>
    <message>
        <source>request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2).</source>
        <translation>„%1“ importiert (%2).</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>usage: vmimport profiles list | show NAME | import FILE [--name NAME] [--operation OPERATION] | export NAME [FILE]   [--output text|json]</source>
        <translation>Aufruf: vmimport profiles list | show NAME | import FILE [--name NAME] [--operation OPERATION] | export NAME [FILE]   [--output text|json]</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>The imported profile&apos;s name.</source>
        <translation>Der Name des importierten Profils.</translation>
    </message>
    <message>
        <source>ImportImage, ImportSnapshot or ImportDiskImage.</source>
        <translation>ImportImage, ImportSnapshot oder ImportDiskImage.</translation>
    </message>
    <message>
        <source>--output must be text or json, not &apos;%1&apos;</source>
        <translation>--output muss text oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--name and --operation go with import only.</source>
        <translation>--name und --operation gelten nur für import.</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>unbekannte Operation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>name a subcommand.</source>
        <translation>geben Sie einen Unterbefehl an.</translation>
    </message>
    <message>
        <source>wrong arguments for &apos;%1&apos;.</source>
        <translation>falsche Argumente für &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--name needs a profile name.</source>
        <translation>--name braucht einen Profilnamen.</translation>
    </message>
</context>
<context>
    <name>vmi::cli::RunCommand</name>
    <message>
        <source>Stay until the import has ended (completed, failed or cancelled).</source>
        <translation>Warten, bis der Import beendet ist (abgeschlossen, fehlgeschlagen oder abgebrochen).</translation>
    </message>
    <message>
        <source>Ask AWS every SECONDS while a task moves (default 10).</source>
        <translation>AWS alle SECONDS Sekunden abfragen, solange eine Aufgabe läuft (Standard: 10).</translation>
    </message>
    <message>
        <source>The job&apos;s name (default: the profile&apos;s name).</source>
        <translation>Der Name des Auftrags (Standard: der Name des Profils).</translation>
    </message>
    <message>
        <source>--poll takes 0.1 to 3600 seconds</source>
        <translation>--poll akzeptiert 0.1 bis 3600 Sekunden</translation>
    </message>
    <message>
        <source>Job %1 is submitted: `vmimport resume %1 --wait` follows it to the end (or the app&apos;s dashboard).</source>
        <translation>Auftrag %1 ist übermittelt: `vmimport resume %1 --wait` verfolgt ihn bis zum Ende (ebenso das Dashboard der App).</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: `vmimport resume` goes on where the jobs stopped; `vmimport cancel ID` cancels one.</source>
        <translation>Unterbrochen. Nichts geht verloren: `vmimport resume` setzt die Aufträge dort fort, wo sie angehalten wurden; `vmimport cancel ID` bricht einen davon ab.</translation>
    </message>
    <message>
        <source>run takes one profile file</source>
        <translation>run erwartet genau eine Profildatei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>Auftrag %1 gestartet.</translation>
    </message>
    <message>
        <source>resume takes at most one job id</source>
        <translation>resume akzeptiert höchstens eine Auftrags-ID</translation>
    </message>
    <message>
        <source>No unfinished job to resume.</source>
        <translation>Es gibt keinen unvollendeten Auftrag, der fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>Resuming job %1 (%2).</source>
        <translation>Auftrag %1 wird fortgesetzt (%2).</translation>
    </message>
    <message>
        <source>Give up on a call (and retry it) when no byte moved for SECONDS (default 60).</source>
        <translation>Einen Aufruf aufgeben (und wiederholen), wenn SECONDS lang kein Byte übertragen wurde (Standard 60).</translation>
    </message>
    <message>
        <source>--cli-read-timeout takes 0 to 86400 seconds</source>
        <translation>--cli-read-timeout nimmt 0 bis 86400 Sekunden</translation>
    </message>
    <message>
        <source>retry takes one job id</source>
        <translation>retry erwartet genau eine Auftrags-ID</translation>
    </message>
    <message>
        <source>Retrying job %1 from the step that failed (%2).</source>
        <translation>Auftrag %1 wird ab dem fehlgeschlagenen Schritt (%2) erneut versucht.</translation>
    </message>
</context>
<context>
    <name>vmi::cli::S3Command</name>
    <message>
        <source>usage: vmimport s3 cp FILE s3://BUCKET/KEY [--part-size SIZE] [--concurrency N]
                        [--max-bandwidth RATE] [--resume] [--payload-signing auto|signed|unsigned]
                        [--no-progress] [--region R] [--profile P] [--endpoint-url URL]
                        [--ca-bundle FILE.pem] [--debug]

Uploads FILE as an S3 multipart upload: parts checksummed (CRC-32C, and SHA-256 in the
signature over plain HTTP), several in flight, each retried on its own. An interrupted
upload continues with --resume; an object already holding this file is not sent again.
SIZE: bytes or 8MB, 64MiB, 1GB (binary units, as in the AWS CLI). RATE: bytes per second or
50MB/s. Ctrl+C cancels and aborts the multipart upload in S3.
</source>
        <translation>Aufruf: vmimport s3 cp FILE s3://BUCKET/KEY [--part-size SIZE] [--concurrency N]
                         [--max-bandwidth RATE] [--resume] [--payload-signing auto|signed|unsigned]
                         [--no-progress] [--region R] [--profile P] [--endpoint-url URL]
                         [--ca-bundle FILE.pem] [--debug]

Lädt FILE als mehrteiligen S3-Upload hoch: Teile mit Prüfsumme (CRC-32C, und SHA-256 in
der Signatur bei unverschlüsseltem HTTP), mehrere gleichzeitig übertragen, jeder bei einem
Fehler einzeln wiederholt. Ein unterbrochener Upload wird mit --resume fortgesetzt; ein
Objekt, das diese Datei bereits enthält, wird nicht erneut gesendet.
SIZE: Byte oder 8MB, 64MiB, 1GB (binäre Einheiten, wie bei der AWS CLI). RATE: Byte pro
Sekunde oder 50MB/s. Strg+C bricht ab und bricht den mehrteiligen Upload in S3 ab.
</translation>
    </message>
    <message>
        <source>argument %1: expected one argument</source>
        <translation>argument %1: expected one argument</translation>
    </message>
    <message>
        <source>argument %1: not a size: %2</source>
        <translation>argument %1: keine Größenangabe: %2</translation>
    </message>
    <message>
        <source>argument --concurrency: a number from 1 to %1 is needed (parts in flight; Qt opens at most 6 connections to one host from each of its %2 sender threads)</source>
        <translation>argument --concurrency: eine Zahl von 1 bis %1 ist erforderlich (gleichzeitig übertragene Teile; Qt öffnet aus jedem seiner %2 Sende-Threads höchstens 6 Verbindungen zu einem Host)</translation>
    </message>
    <message>
        <source>argument --payload-signing: expected one argument</source>
        <translation>argument --payload-signing: expected one argument</translation>
    </message>
    <message>
        <source>argument --payload-signing: invalid choice: &apos;%1&apos; (auto, signed, unsigned)</source>
        <translation>argument --payload-signing: invalid choice: &apos;%1&apos; (auto, signed, unsigned)</translation>
    </message>
    <message>
        <source>Unknown options: %1</source>
        <translation>Unknown options: %1</translation>
    </message>
    <message>
        <source>vmimport s3 takes: cp FILE s3://BUCKET/KEY</source>
        <translation>vmimport s3 erwartet: cp FILE s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>Only uploads are supported: cp FILE s3://BUCKET/KEY</source>
        <translation>Nur Uploads werden unterstützt: cp FILE s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>No bucket in %1</source>
        <translation>Kein Bucket in %1</translation>
    </message>
    <message>
        <source>The user-provided path %1 does not exist.</source>
        <translation>The user-provided path %1 does not exist.</translation>
    </message>
    <message>
        <source>Cancelling: aborting the multipart upload...</source>
        <translation>Abbruch: Der mehrteilige Upload wird abgebrochen...</translation>
    </message>
    <message>
        <source>Sent %1 in %2 parts (%3 parts were in S3 already) in %4 s (%5/s).</source>
        <translation>%1 in %2 Teilen gesendet (%3 Teile waren bereits in S3), in %4 s (%5/s).</translation>
    </message>
    <message>
        <source>Run the same command with --resume to continue where it stopped.</source>
        <translation>Führen Sie denselben Befehl mit --resume aus, um an der Abbruchstelle fortzufahren.</translation>
    </message>
</context>
<context>
    <name>vmi::cli::ValidateCommand</name>
    <message>
        <source>fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message numerus="yes">
        <source>not valid: %n error(s)</source>
        <translation>
            <numerusform>ungültig: %n Fehler</numerusform>
            <numerusform>ungültig: %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>To check an AWS CLI input file, import it first: vmimport profiles import FILE</source>
        <translation>Um eine Eingabedatei der AWS CLI zu prüfen, importieren Sie sie zuerst: vmimport profiles import FILE</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>The profile file to check.</source>
        <translation>Die zu prüfende Profildatei.</translation>
    </message>
    <message>
        <source>--output must be text or json, not &apos;%1&apos;</source>
        <translation>--output muss text oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>name one profile file: vmimport validate PROFILE.json</source>
        <translation>geben Sie genau eine Profildatei an: vmimport validate PROFILE.json</translation>
    </message>
</context>
<context>
    <name>vmi::import::AwsSession</name>
    <message>
        <source>The AWS config files cannot be read: %1</source>
        <translation>Die AWS-Konfigurationsdateien können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither ~/.aws/config nor ~/.aws/credentials.</source>
        <translation>Das AWS-Profil „%1“ steht weder in ~/.aws/config noch in ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>Choose a Region.</source>
        <translation>Wählen Sie eine Region.</translation>
    </message>
</context>
<context>
    <name>vmi::import::DiskInspection</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Relative paths are relative to the profile file.</source>
        <translation>Relative Pfade beziehen sich auf die Profildatei.</translation>
    </message>
</context>
<context>
    <name>vmi::import::ExistingObjects</name>
    <message>
        <source>No connection to AWS.</source>
        <translation>Keine Verbindung zu AWS.</translation>
    </message>
</context>
<context>
    <name>vmi::import::ImportJob</name>
    <message>
        <source>Job %1 is being run by another process (%2, process %3).</source>
        <translation>Auftrag %1 wird von einem anderen Prozess ausgeführt (%2, Prozess %3).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cannot lock job %1 in %2.</source>
        <translation>Auftrag %1 kann in %2 nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>The job has no import settings (it was made outside the import pipeline).</source>
        <translation>Der Auftrag hat keine Importeinstellungen (er wurde außerhalb der Import-Pipeline erstellt).</translation>
    </message>
    <message>
        <source>The job&apos;s settings cannot be read:
%1</source>
        <translation>Die Einstellungen des Auftrags können nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>The job could not be saved: %1</source>
        <translation>Der Auftrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The import settings have errors:
%1</source>
        <translation>Die Importeinstellungen enthalten Fehler:
%1</translation>
    </message>
    <message>
        <source>Fix the settings and start a new import.</source>
        <translation>Korrigieren Sie die Einstellungen und starten Sie einen neuen Import.</translation>
    </message>
    <message>
        <source>%1 changed since its upload was interrupted (%2): the parts in S3 no longer fit it.</source>
        <translation>%1 wurde geändert, seit der Upload unterbrochen wurde (%2): Die Teile in S3 passen nicht mehr dazu.</translation>
    </message>
    <message>
        <source>Retry to upload the file again from the start.</source>
        <translation>Wiederholen Sie den Vorgang, um die Datei von Anfang an neu hochzuladen.</translation>
    </message>
    <message>
        <source>Uploading %1 to s3://%2/%3</source>
        <translation>%1 wird nach s3://%2/%3 hochgeladen</translation>
    </message>
    <message>
        <source>%1 is already in S3, unchanged: not uploaded again.</source>
        <translation>%1 liegt bereits unverändert in S3 und wird nicht erneut hochgeladen.</translation>
    </message>
    <message>
        <source>Retry to go on with the upload where it stopped.</source>
        <translation>Wiederholen Sie den Vorgang, um den Upload an der Abbruchstelle fortzusetzen.</translation>
    </message>
    <message>
        <source>The interrupted upload could not be aborted: %1</source>
        <translation>Der unterbrochene Upload konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>AWS accepted the import: task %1</source>
        <translation>AWS hat den Import angenommen: Aufgabe %1</translation>
    </message>
    <message>
        <source>No answer to the import request (%1); sending it again with the same ClientToken in %2 s, so AWS returns the task it may already have made.</source>
        <translation>Keine Antwort auf die Importanfrage (%1); sie wird in %2 s mit demselben ClientToken erneut gesendet, damit AWS die Aufgabe zurückgibt, die es möglicherweise bereits angelegt hat.</translation>
    </message>
    <message>
        <source>The snapshot import reported no snapshot to register an AMI from.</source>
        <translation>Der Snapshot-Import hat keinen Snapshot gemeldet, aus dem ein AMI registriert werden könnte.</translation>
    </message>
    <message>
        <source>An AMI named &quot;%1&quot; already exists (%2), made from another snapshot.</source>
        <translation>Ein AMI namens „%1“ existiert bereits (%2), erstellt aus einem anderen Snapshot.</translation>
    </message>
    <message>
        <source>Retry after renaming or deregistering that AMI; the snapshot %1 is kept.</source>
        <translation>Wiederholen Sie den Vorgang, nachdem Sie dieses AMI umbenannt oder seine Registrierung aufgehoben haben; der Snapshot %1 bleibt erhalten.</translation>
    </message>
    <message>
        <source>Fix the AMI settings and retry; the snapshot is kept.</source>
        <translation>Korrigieren Sie die AMI-Einstellungen und wiederholen Sie den Vorgang; der Snapshot bleibt erhalten.</translation>
    </message>
    <message>
        <source>Registered %1 from the snapshot.</source>
        <translation>%1 aus dem Snapshot registriert.</translation>
    </message>
    <message>
        <source>Retry to tag the AMI and its snapshots; the import itself completed.</source>
        <translation>Wiederholen Sie den Vorgang, um das AMI und seine Snapshots mit Tags zu versehen; der Import selbst ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Retry to delete the uploaded objects; the import itself completed.</source>
        <translation>Wiederholen Sie den Vorgang, um die hochgeladenen Objekte zu löschen; der Import selbst ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The import has completed; only the steps after it are left to run.</source>
        <translation>Der Import ist abgeschlossen; nur die nachfolgenden Schritte stehen noch aus.</translation>
    </message>
    <message>
        <source>Job %1 has not failed (%2).</source>
        <translation>Auftrag %1 ist nicht fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>A new import of the same disks.</source>
        <translation>Ein neuer Import derselben Datenträger.</translation>
    </message>
    <message>
        <source>Abort it when S3 can be reached again: aws s3api abort-multipart-upload --bucket %1 --key %2 --upload-id %3</source>
        <translation>Brechen Sie ihn ab, sobald S3 wieder erreichbar ist: aws s3api abort-multipart-upload --bucket %1 --key %2 --upload-id %3</translation>
    </message>
</context>
<context>
    <name>vmi::import::JobRunner</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Job %1 has already ended (%2).</source>
        <translation>Auftrag %1 ist bereits beendet (%2).</translation>
    </message>
    <message>
        <source>No AWS client for job %1 (Region %2, profile %3).</source>
        <translation>Kein AWS-Client für Auftrag %1 (Region %2, Profil %3).</translation>
    </message>
    <message>
        <source>No AWS client for Region %1 and profile %2.</source>
        <translation>Kein AWS-Client für Region %1 und Profil %2.</translation>
    </message>
</context>
<context>
    <name>vmi::import::JobStore</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>no schemaVersion</source>
        <translation>keine schemaVersion</translation>
    </message>
    <message>
        <source>written by a newer version of the app (schema %1, this app reads %2)</source>
        <translation>von einer neueren Version der App geschrieben (Schema %1, diese App liest %2)</translation>
    </message>
    <message>
        <source>the file name does not match the job id %1</source>
        <translation>der Dateiname passt nicht zur Auftrags-ID %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id</source>
        <translation>&apos;%1&apos; ist keine Auftrags-ID</translation>
    </message>
    <message>
        <source>%1 is left alone: it could not be read when the jobs were loaded</source>
        <translation>%1 wird übersprungen: Die Datei konnte beim Laden der Aufträge nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is left alone: %2</source>
        <translation>%1 wird übersprungen: %2</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>kein Auftrag %1</translation>
    </message>
    <message>
        <source>job %1 has not finished</source>
        <translation>Auftrag %1 ist noch nicht beendet</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>vmi::import::JobTracker</name>
    <message>
        <source>No AWS client for Region %1 and profile %2.</source>
        <translation>Kein AWS-Client für Region %1 und Profil %2.</translation>
    </message>
</context>
<context>
    <name>vmi::import::Preflight</name>
    <message>
        <source>Asking AWS…</source>
        <translation>AWS wird abgefragt…</translation>
    </message>
    <message>
        <source>Permission to call %1</source>
        <translation>Berechtigung zum Aufruf von %1</translation>
    </message>
    <message>
        <source>You may call %1.</source>
        <translation>Sie dürfen %1 aufrufen.</translation>
    </message>
    <message>
        <source>Your identity may not call ec2:%1. Ask your administrator for the permission.</source>
        <translation>Ihre Identität darf ec2:%1 nicht aufrufen. Bitten Sie Ihren Administrator um die Berechtigung.</translation>
    </message>
    <message>
        <source>The dry run started an import; this should not happen.</source>
        <translation>Der Probelauf hat einen Import gestartet; das sollte nicht passieren.</translation>
    </message>
    <message>
        <source>Service role %1</source>
        <translation>Servicerolle %1</translation>
    </message>
    <message>
        <source>The role %1 does not exist. VM Import/Export needs it to read your disks.</source>
        <translation>Die Rolle %1 existiert nicht. VM Import/Export benötigt sie, um Ihre Datenträger zu lesen.</translation>
    </message>
    <message>
        <source>Cannot check the role: %1</source>
        <translation>Die Rolle kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The role %1 does not trust vmie.amazonaws.com, so VM Import/Export cannot use it.</source>
        <translation>Die Rolle %1 vertraut vmie.amazonaws.com nicht, daher kann VM Import/Export sie nicht verwenden.</translation>
    </message>
    <message>
        <source>The role %1 exists.</source>
        <translation>Die Rolle %1 existiert.</translation>
    </message>
    <message>
        <source>Bucket %1</source>
        <translation>Bucket %1</translation>
    </message>
    <message>
        <source>The bucket %1 does not exist.</source>
        <translation>Der Bucket %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot find the bucket&apos;s Region: %1</source>
        <translation>Die Region des Buckets kann nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>The bucket is in %1, the import in %2: VM Import/Export reads only buckets in the import&apos;s Region.</source>
        <translation>Der Bucket liegt in %1, der Import in %2: VM Import/Export liest nur Buckets in der Region des Imports.</translation>
    </message>
    <message>
        <source>The bucket is in %1.</source>
        <translation>Der Bucket liegt in %1.</translation>
    </message>
    <message>
        <source>KMS key %1</source>
        <translation>KMS-Schlüssel %1</translation>
    </message>
    <message>
        <source>There is no such key in this Region.</source>
        <translation>In dieser Region gibt es keinen solchen Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot check the key: %1</source>
        <translation>Der Schlüssel kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The key is %1, not Enabled.</source>
        <translation>Der Schlüssel ist %1, nicht Enabled.</translation>
    </message>
    <message>
        <source>EBS encryption needs a symmetric ENCRYPT_DECRYPT key.</source>
        <translation>Die EBS-Verschlüsselung erfordert einen symmetrischen ENCRYPT_DECRYPT-Schlüssel.</translation>
    </message>
    <message>
        <source>The key is enabled and symmetric.</source>
        <translation>Der Schlüssel ist aktiviert und symmetrisch.</translation>
    </message>
    <message>
        <source>Object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot check the object: %1</source>
        <translation>Das Objekt kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 exists (%L2 bytes).</source>
        <translation>%1 existiert (%L2 Byte).</translation>
    </message>
    <message>
        <source>VM Import/Export service role</source>
        <translation>Servicerolle für VM Import/Export</translation>
    </message>
    <message>
        <source>Created the role %1. IAM may take a minute to make it usable.</source>
        <translation>Die Rolle %1 wurde erstellt. Es kann etwa eine Minute dauern, bis IAM sie nutzbar macht.</translation>
    </message>
    <message>
        <source>Image Builder&apos;s service-linked role</source>
        <translation>Serviceverknüpfte Rolle von Image Builder</translation>
    </message>
    <message>
        <source>Execution role %1</source>
        <translation>Ausführungsrolle %1</translation>
    </message>
    <message>
        <source>There is no %1 yet. Image Builder creates it with the first import if your identity may call iam:CreateServiceLinkedRole; or name an execution role.</source>
        <translation>Es gibt %1 noch nicht. Image Builder erstellt sie beim ersten Import, wenn Ihre Identität iam:CreateServiceLinkedRole aufrufen darf; oder geben Sie eine Ausführungsrolle an.</translation>
    </message>
    <message>
        <source>The execution role %1 does not exist. Create it with a trust policy that lets imagebuilder.amazonaws.com assume it, or leave the field empty to use Image Builder&apos;s service-linked role.</source>
        <translation>Die Ausführungsrolle %1 existiert nicht. Erstellen Sie sie mit einer Vertrauensrichtlinie, die imagebuilder.amazonaws.com erlaubt, sie zu übernehmen, oder lassen Sie das Feld leer, um die serviceverknüpfte Rolle von Image Builder zu verwenden.</translation>
    </message>
    <message>
        <source>The role %1 does not trust imagebuilder.amazonaws.com (its trust policy has no Allow of sts:AssumeRole for that service), so Image Builder cannot use it.</source>
        <translation>Die Rolle %1 vertraut imagebuilder.amazonaws.com nicht (ihre Vertrauensrichtlinie enthält kein Allow für sts:AssumeRole für diesen Service), daher kann Image Builder sie nicht verwenden.</translation>
    </message>
    <message>
        <source>The role %1 exists and trusts imagebuilder.amazonaws.com.</source>
        <translation>Die Rolle %1 existiert und vertraut imagebuilder.amazonaws.com.</translation>
    </message>
</context>
<context>
    <name>vmi::transfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 at byte %2: %3</source>
        <translation>%1 kann bei Byte %2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the file got shorter</source>
        <translation>die Datei ist kürzer geworden</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::FileIdentity</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its size was %1 bytes and is now %2</source>
        <translation>ihre Größe betrug %1 Byte und beträgt jetzt %2</translation>
    </message>
    <message>
        <source>it was modified (%1, now %2)</source>
        <translation>sie wurde geändert (%1, jetzt %2)</translation>
    </message>
    <message>
        <source>its content differs</source>
        <translation>ihr Inhalt ist anders</translation>
    </message>
    <message>
        <source>it is gone</source>
        <translation>sie ist nicht mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::MultipartUpload</name>
    <message>
        <source>No AWS client.</source>
        <translation>Kein AWS-Client.</translation>
    </message>
    <message>
        <source>Ignoring the upload checkpoint: %1</source>
        <translation>Upload-Checkpoint wird ignoriert: %1</translation>
    </message>
    <message>
        <source>Cannot resume: %1 changed since the upload was interrupted (%2). Its parts in S3 would not fit the file any more. Run the copy again without --resume to upload it from the start.</source>
        <translation>Fortsetzen nicht möglich: %1 wurde geändert, seit der Upload unterbrochen wurde (%2). Die Teile in S3 würden nicht mehr zur Datei passen. Führen Sie den Kopiervorgang ohne --resume erneut aus, um die Datei von Anfang an hochzuladen.</translation>
    </message>
    <message>
        <source>Resuming with the interrupted upload&apos;s part size of %1 bytes.</source>
        <translation>Fortsetzung mit der Teilgröße des unterbrochenen Uploads von %1 Byte.</translation>
    </message>
    <message>
        <source>Discarding an interrupted upload of this file (use --resume to continue one).</source>
        <translation>Ein unterbrochener Upload dieser Datei wird verworfen (mit --resume lässt er sich fortsetzen).</translation>
    </message>
    <message>
        <source>No interrupted upload of this file to resume: starting a new one.</source>
        <translation>Kein unterbrochener Upload dieser Datei zum Fortsetzen vorhanden: Ein neuer wird gestartet.</translation>
    </message>
    <message>
        <source>s3://%1/%2 already holds this file (same size and content samples): nothing to upload.</source>
        <translation>s3://%1/%2 enthält diese Datei bereits (gleiche Größe und gleiche Inhaltsstichproben): Es gibt nichts hochzuladen.</translation>
    </message>
    <message>
        <source>S3 started the upload without an upload id.</source>
        <translation>S3 hat den Upload ohne Upload-ID gestartet.</translation>
    </message>
    <message>
        <source>The interrupted upload is gone from S3 (aborted or expired): starting a new one.</source>
        <translation>Der unterbrochene Upload ist in S3 nicht mehr vorhanden (abgebrochen oder abgelaufen): Ein neuer wird gestartet.</translation>
    </message>
    <message>
        <source>S3 no longer knows the upload (it was aborted or expired).</source>
        <translation>S3 kennt den Upload nicht mehr (er wurde abgebrochen oder ist abgelaufen).</translation>
    </message>
    <message>
        <source>Part %1 failed after %2 attempts: %3</source>
        <translation>Teil %1 ist nach %2 Versuchen fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>S3 answered without an ETag</source>
        <translation>S3 hat ohne ETag geantwortet</translation>
    </message>
    <message>
        <source>S3&apos;s checksum %1 differs from ours %2</source>
        <translation>Die Prüfsumme von S3 (%1) weicht von unserer (%2) ab</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>Teil %1: %2</translation>
    </message>
    <message>
        <source>Part %1, attempt %2 failed (%3); trying again.</source>
        <translation>Teil %1, Versuch %2 fehlgeschlagen (%3); neuer Versuch.</translation>
    </message>
    <message>
        <source>S3&apos;s checksum of the finished object (%1) differs from the file&apos;s (%2).</source>
        <translation>Die Prüfsumme von S3 für das fertige Objekt (%1) weicht von der Prüfsumme der Datei (%2) ab.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled, but S3 did not abort the upload: %1</source>
        <translation>Abgebrochen, aber S3 hat den Upload nicht abgebrochen: %1</translation>
    </message>
    <message>
        <source>Cancelled; the multipart upload was aborted in S3.</source>
        <translation>Abgebrochen; der mehrteilige Upload wurde in S3 abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot save the upload checkpoint (the upload goes on, but cannot be resumed): %1</source>
        <translation>Der Upload-Checkpoint kann nicht gespeichert werden (der Upload läuft weiter, kann aber nicht fortgesetzt werden): %1</translation>
    </message>
    <message numerus="yes">
        <source>Resuming: %n part(s) in all, %1 of them in S3 already.</source>
        <translation>
            <numerusform>Fortsetzung: %1 von %n Teil bereits in S3.</numerusform>
            <numerusform>Fortsetzung: %1 von %n Teilen bereits in S3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file changed while it was uploaded (%2). Upload it again once nothing writes to it.</source>
        <translation>%1: Die Datei wurde während des Hochladens geändert (%2). Laden Sie sie erneut hoch, sobald nichts mehr in sie schreibt.</translation>
    </message>
    <message>
        <source>S3 did not abort the multipart upload (%1); the next upload of this file will.</source>
        <translation>S3 hat den mehrteiligen Upload nicht abgebrochen (%1); das geschieht beim nächsten Upload dieser Datei.</translation>
    </message>
    <message>
        <source>S3 refused the list of parts (%1); checking the parts it holds against the file.</source>
        <translation>S3 hat die Liste der Teile abgelehnt (%1); die dort vorhandenen Teile werden mit der Datei abgeglichen.</translation>
    </message>
    <message>
        <source>%1 (the answer to an earlier CompleteMultipartUpload was lost, and the object in S3 is not this file&apos;s upload)</source>
        <translation>%1 (die Antwort auf ein früheres CompleteMultipartUpload ging verloren, und das Objekt in S3 ist nicht der Upload dieser Datei)</translation>
    </message>
    <message>
        <source>The answer to CompleteMultipartUpload was lost; S3 holds the finished object with the file&apos;s checksum.</source>
        <translation>Die Antwort auf CompleteMultipartUpload ging verloren; S3 hat das fertige Objekt mit der Prüfsumme der Datei.</translation>
    </message>
    <message>
        <source>An earlier attempt may have started an upload in S3 all the same: `aws s3api list-multipart-uploads --bucket %1 --prefix %2` lists it, and abort-multipart-upload removes it.</source>
        <translation>Ein früherer Versuch hat in S3 möglicherweise trotzdem einen Upload gestartet: `aws s3api list-multipart-uploads --bucket %1 --prefix %2` listet ihn auf, abort-multipart-upload entfernt ihn.</translation>
    </message>
    <message numerus="yes">
        <source>Aborted %n upload(s) that S3 started for a CreateMultipartUpload attempt whose answer was lost.</source>
        <translation>
            <numerusform>%n Upload, den S3 für einen CreateMultipartUpload-Versuch mit verlorener Antwort gestartet hatte, wurde abgebrochen.</numerusform>
            <numerusform>%n Uploads, die S3 für CreateMultipartUpload-Versuche mit verlorener Antwort gestartet hatte, wurden abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vmi::transfer::OrphanedUploadSweep</name>
    <message>
        <source>No AWS client.</source>
        <translation>Kein AWS-Client.</translation>
    </message>
    <message>
        <source>Could not look for uploads left by a lost CreateMultipartUpload answer: %1</source>
        <translation>Nach Uploads, die eine verlorene CreateMultipartUpload-Antwort hinterlassen hat, konnte nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>Could not abort the upload %1 left by a lost CreateMultipartUpload answer: %2</source>
        <translation>Der von einer verlorenen CreateMultipartUpload-Antwort hinterlassene Upload %1 konnte nicht abgebrochen werden: %2</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::PartPlan</name>
    <message>
        <source>The file is empty: there is nothing to upload.</source>
        <translation>Die Datei ist leer: Es gibt nichts hochzuladen.</translation>
    </message>
    <message>
        <source>The file is larger than S3 accepts in one multipart upload (10,000 parts of 5 GiB).</source>
        <translation>Die Datei ist größer, als S3 in einem mehrteiligen Upload akzeptiert (10.000 Teile zu je 5 GiB).</translation>
    </message>
    <message>
        <source>The part size must be between 5 MiB and 5 GiB.</source>
        <translation>Die Teilgröße muss zwischen 5 MiB und 5 GiB liegen.</translation>
    </message>
    <message>
        <source>With this part size the file needs more than 10,000 parts; choose at least %1 MiB.</source>
        <translation>Mit dieser Teilgröße benötigt die Datei mehr als 10.000 Teile; wählen Sie mindestens %1 MiB.</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::UploadCheckpoint</name>
    <message>
        <source>The upload checkpoint has schema version %1; this vmimport reads version %2.</source>
        <translation>Der Upload-Checkpoint hat die Schemaversion %1; dieses vmimport liest Version %2.</translation>
    </message>
    <message>
        <source>The upload checkpoint is damaged.</source>
        <translation>Der Upload-Checkpoint ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The upload checkpoint %1 is damaged: %2</source>
        <translation>Der Upload-Checkpoint %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>vmi::ui</name>
    <message>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>%1 of %2 MiB at %3 MiB/s, part %4 of %5</source>
        <translation>%1 von %2 MiB mit %3 MiB/s, Teil %4 von %5</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>How to fix it:</source>
        <translation>So beheben Sie das Problem:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>uploaded, deleted after the import</source>
        <translation>hochgeladen, nach dem Import gelöscht</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>pausiert: %1</translation>
    </message>
    <message>
        <source>uploading: %1</source>
        <translation>wird hochgeladen: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>vmi::ui::DashboardWindow</name>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Importaufgaben</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>VM Import Wizard</source>
        <translation>VM Import Wizard</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>%1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Job file left alone: %1 (%2)</source>
        <translation>Auftragsdatei übersprungen (bleibt unverändert): %1 (%2)</translation>
    </message>
    <message>
        <source>paused (disk %1 of %2)</source>
        <translation>pausiert (Datenträger %1 von %2)</translation>
    </message>
    <message>
        <source>uploading (disk %1 of %2)</source>
        <translation>wird hochgeladen (Datenträger %1 von %2)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Pause Upload</source>
        <translation>Upload &amp;pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume Upload</source>
        <translation>Upload &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel Import...</source>
        <translation>Import &amp;abbrechen...</translation>
    </message>
    <message>
        <source>Copy &amp;IDs</source>
        <translation>&amp;IDs kopieren</translation>
    </message>
    <message>
        <source>Open in AWS Co&amp;nsole</source>
        <translation>In der AWS-&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>Remove &amp;Finished</source>
        <translation>Abgeschlossene &amp;entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All tasks in the Re&amp;gion</source>
        <translation>Alle Aufgaben in der &amp;Region</translation>
    </message>
    <message>
        <source>Also list the Region&apos;s import tasks that this app did not start</source>
        <translation>Auch die Importaufgaben der Region auflisten, die nicht von dieser App gestartet wurden</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter imports</source>
        <translation>Importe filtern</translation>
    </message>
    <message>
        <source>Import completed</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n import(s)? AWS stops the task and deletes what it made so far.

%1</source>
        <translation>
            <numerusform>%n Import abbrechen? AWS stoppt die Aufgabe und löscht alles, was bisher erstellt wurde.

%1</numerusform>
            <numerusform>%n Importe abbrechen? AWS stoppt die Aufgaben und löscht alles, was bisher erstellt wurde.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No job yet, so no Region to list.</source>
        <translation>Noch kein Auftrag, daher keine Region zum Auflisten.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::DisksPage</name>
    <message>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Disks, the first one boots</source>
        <translation>Datenträger (vom ersten wird gebootet)</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add S3 &amp;object…</source>
        <translation>S3-&amp;Objekt hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>&amp;URL hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>The Windows 11 ISO: a local file to upload, or an object already in S3.</source>
        <translation>Die ISO von Windows 11: eine lokale Datei zum Hochladen oder ein Objekt, das bereits in S3 liegt.</translation>
    </message>
    <message>
        <source>The first disk boots. Drop files here or add them with the buttons.</source>
        <translation>Vom ersten Datenträger wird gebootet. Ziehen Sie Dateien hierher oder fügen Sie sie über die Schaltflächen hinzu.</translation>
    </message>
    <message>
        <source>Add ISO &amp;file…</source>
        <translation>ISO-&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>ISO-Images (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Disk images (*.ova *.vmdk *.vhd *.vhdx *.raw *.img);;All files (*)</source>
        <translation>Datenträgerimages (*.ova *.vmdk *.vhd *.vhdx *.raw *.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add ISO</source>
        <translation>ISO hinzufügen</translation>
    </message>
    <message>
        <source>Add disks</source>
        <translation>Datenträger hinzufügen</translation>
    </message>
    <message>
        <source>Add S3 object</source>
        <translation>S3-Objekt hinzufügen</translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation>URL hinzufügen</translation>
    </message>
    <message>
        <source>URL of the disk (https:// or s3://):</source>
        <translation>URL des Datenträgers (https:// oder s3://):</translation>
    </message>
    <message>
        <source>Add snapshot</source>
        <translation>Snapshot hinzufügen</translation>
    </message>
    <message>
        <source>EBS snapshot id (snap-…):</source>
        <translation>EBS-Snapshot-ID (snap-…):</translation>
    </message>
    <message>
        <source>Add snaps&amp;hot…</source>
        <translation>Snaps&amp;hot hinzufügen…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>%1
S3 URI (s3://bucket/key):</source>
        <translation>%1
S3-URI (s3://bucket/key):</translation>
    </message>
</context>
<context>
    <name>vmi::ui::EncryptionPage</name>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Encrypted imports make encrypted EBS snapshots. Without a key, EBS&apos;s default key (aws/ebs) is used.</source>
        <translation>Verschlüsselte Importe erzeugen verschlüsselte EBS-Snapshots. Ohne Angabe eines Schlüssels wird der Standardschlüssel von EBS (aws/ebs) verwendet.</translation>
    </message>
    <message>
        <source>&amp;Encrypt the snapshots</source>
        <translation>Snapshots &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>EBS default key; or a key id, key ARN, alias/NAME or alias ARN</source>
        <translation>EBS-Standardschlüssel; oder eine Schlüssel-ID, ein Schlüssel-ARN, alias/NAME oder ein Alias-ARN</translation>
    </message>
    <message>
        <source>&amp;KMS key:</source>
        <translation>&amp;KMS-Schlüssel:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::ImageBuilderPage</name>
    <message>
        <source>Image Builder image</source>
        <translation>Image Builder-Image</translation>
    </message>
    <message>
        <source>How the image is named and where Image Builder builds it.</source>
        <translation>Wie das Image heißt und wo Image Builder es erstellt.</translation>
    </message>
    <message>
        <source>for example windows-11-base</source>
        <translation>zum Beispiel windows-11-base</translation>
    </message>
    <message>
        <source>Semantic &amp;version:</source>
        <translation>Semantische &amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;OS version:</source>
        <translation>B&amp;etriebssystemversion:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>arn:aws:imagebuilder:…:infrastructure-configuration/…</source>
        <translation>arn:aws:imagebuilder:…:infrastructure-configuration/…</translation>
    </message>
    <message>
        <source>&amp;Infrastructure configuration:</source>
        <translation>&amp;Infrastrukturkonfiguration:</translation>
    </message>
    <message>
        <source>Image Builder&apos;s service-linked role</source>
        <translation>Serviceverknüpfte Rolle von Image Builder</translation>
    </message>
    <message>
        <source>&amp;Execution role:</source>
        <translation>&amp;Ausführungsrolle:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::ImportWizard</name>
    <message>
        <source>New Import</source>
        <translation>Neuer Import</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>Import &amp;starten</translation>
    </message>
    <message>
        <source>No connection to AWS.</source>
        <translation>Keine Verbindung zu AWS.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::KeychainCredentialsEditor</name>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation>Im Schlüsselbund s&amp;peichern</translation>
    </message>
    <message>
        <source>Re&amp;move from Keychain</source>
        <translation>Aus dem Schlüsselbund ent&amp;fernen</translation>
    </message>
    <message>
        <source>Keys saved here are used for an AWS profile that has no keys in ~/.aws/credentials. They are kept in the system keychain only, never in a file, and take effect at once.</source>
        <translation>Hier gespeicherte Schlüssel werden für ein AWS-Profil verwendet, das keine Schlüssel in ~/.aws/credentials hat. Sie werden nur im Schlüsselbund des Systems aufbewahrt, niemals in einer Datei, und gelten sofort.</translation>
    </message>
    <message>
        <source>AWS profile for the keys</source>
        <translation>AWS-Profil für die Schlüssel</translation>
    </message>
    <message>
        <source>AWS p&amp;rofile:</source>
        <translation>AWS-Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>AKIA...</source>
        <translation>AKIA...</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>G&amp;eheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>The keychain holds keys for this profile (access key ID %1). Saving replaces them.</source>
        <translation>Der Schlüsselbund enthält Schlüssel für dieses Profil (Zugriffsschlüssel-ID %1). Beim Speichern werden sie ersetzt.</translation>
    </message>
    <message>
        <source>No keys are stored for this profile.</source>
        <translation>Für dieses Profil sind keine Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; are saved in the keychain.</source>
        <translation>Die Schlüssel des Profils „%1“ wurden im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; are removed from the keychain.</source>
        <translation>Die Schlüssel des Profils „%1“ wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>vmi::ui::MainWindow</name>
    <message>
        <source>VM Import Wizard</source>
        <translation>VM Import Wizard</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New Import...</source>
        <translation>&amp;Neuer Import...</translation>
    </message>
    <message>
        <source>Import virtual machine disks into AWS as an AMI, a snapshot or an image</source>
        <translation>Datenträger virtueller Maschinen als AMI, Snapshot oder Image in AWS importieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About VM Import Wizard</source>
        <translation>&amp;Über VM Import Wizard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>No imports yet. Start one with File &gt; New Import (%1).</source>
        <translation>Noch keine Importe. Starten Sie einen über Datei &gt; Neuer Import (%1).</translation>
    </message>
    <message>
        <source>About VM Import Wizard</source>
        <translation>Über VM Import Wizard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VM Import Wizard %1&lt;/h3&gt;&lt;p&gt;Moves virtual machine disks into AWS with EC2 ImportImage, ImportSnapshot and Image Builder ImportDiskImage.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), licensed under the LGPL v3; QtKeychain, licensed under the BSD 3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VM Import Wizard %1&lt;/h3&gt;&lt;p&gt;Überträgt Datenträger virtueller Maschinen mit EC2 ImportImage, ImportSnapshot und Image Builder ImportDiskImage nach AWS.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (ausgeführt unter Qt %3), lizenziert unter der LGPL v3; QtKeychain, lizenziert unter der BSD-3-Clause-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import not started</source>
        <translation>Import nicht gestartet</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Der Import konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import started: %1 in %2, %n disk(s).</source>
        <translation>
            <numerusform>Import gestartet: %1 in %2, %n Datenträger.</numerusform>
            <numerusform>Import gestartet: %1 in %2, %n Datenträger.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Default Region and profile, AWS keys, proxy, language, uploads</source>
        <translation>Standardregion und -profil, AWS-Schlüssel, Proxy, Sprache, Uploads</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::RegisterImageGroup</name>
    <message>
        <source>Re&amp;gister an AMI from the snapshot afterwards</source>
        <translation>AMI anschließend aus dem Snapshot re&amp;gistrieren</translation>
    </message>
    <message>
        <source>RegisterImage makes an AMI whose root volume is the imported snapshot: the way to an AMI for systems ImportImage refuses (arm64, UEFI only, other kernels).</source>
        <translation>RegisterImage erstellt ein AMI, dessen Root-Volume der importierte Snapshot ist: der Weg zu einem AMI für Systeme, die ImportImage ablehnt (arm64, nur UEFI, andere Kernel).</translation>
    </message>
    <message>
        <source>3 to 128 characters, unique in the Region</source>
        <translation>3 bis 128 Zeichen, eindeutig in der Region</translation>
    </message>
    <message>
        <source>AMI na&amp;me:</source>
        <translation>AMI-Na&amp;me:</translation>
    </message>
    <message>
        <source>AMI descr&amp;iption:</source>
        <translation>AMI-Beschre&amp;ibung:</translation>
    </message>
    <message>
        <source>Not set (EC2 assumes i386)</source>
        <translation>Nicht festgelegt (EC2 nimmt i386 an)</translation>
    </message>
    <message>
        <source>Arc&amp;hitecture:</source>
        <translation>Arc&amp;hitektur:</translation>
    </message>
    <message>
        <source>Not set (the instance type&apos;s default)</source>
        <translation>Nicht festgelegt (Standard des Instance-Typs)</translation>
    </message>
    <message>
        <source>Legacy BIOS</source>
        <translation>Legacy-BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI preferred</source>
        <translation>UEFI bevorzugt</translation>
    </message>
    <message>
        <source>Boot m&amp;ode:</source>
        <translation>Boot-M&amp;odus:</translation>
    </message>
    <message>
        <source>&amp;ENA (enhanced networking; Nitro instances need it)</source>
        <translation>&amp;ENA (Enhanced Networking; für Nitro-Instances erforderlich)</translation>
    </message>
    <message>
        <source>Require IMDSv&amp;2 on instances launched from it</source>
        <translation>IMDSv&amp;2 für daraus gestartete Instances verlangen</translation>
    </message>
    <message>
        <source>Nitro&amp;TPM (TPM 2.0; needs UEFI)</source>
        <translation>Nitro&amp;TPM (TPM 2.0; erfordert UEFI)</translation>
    </message>
    <message>
        <source>Root de&amp;vice name:</source>
        <translation>Root-Geräte&amp;name:</translation>
    </message>
    <message>
        <source>Not set (gp2)</source>
        <translation>Nicht festgelegt (gp2)</translation>
    </message>
    <message>
        <source>gp3 (general purpose SSD)</source>
        <translation>gp3 (Allzweck-SSD)</translation>
    </message>
    <message>
        <source>gp2 (general purpose SSD, older)</source>
        <translation>gp2 (Allzweck-SSD, älter)</translation>
    </message>
    <message>
        <source>io2 (provisioned IOPS SSD)</source>
        <translation>io2 (SSD mit bereitgestellten IOPS)</translation>
    </message>
    <message>
        <source>io1 (provisioned IOPS SSD, older)</source>
        <translation>io1 (SSD mit bereitgestellten IOPS, älter)</translation>
    </message>
    <message>
        <source>st1 (throughput HDD)</source>
        <translation>st1 (durchsatzoptimierte HDD)</translation>
    </message>
    <message>
        <source>sc1 (cold HDD)</source>
        <translation>sc1 (Cold HDD)</translation>
    </message>
    <message>
        <source>standard (magnetic)</source>
        <translation>standard (magnetisch)</translation>
    </message>
    <message>
        <source>Root vol&amp;ume type:</source>
        <translation>Root-Vol&amp;umetyp:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::ReviewPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check what will happen, run the preflight checks, then start the import.</source>
        <translation>Prüfen Sie, was geschehen wird, führen Sie die Vorabprüfungen aus und starten Sie dann den Import.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>The same with the AWS CLI</source>
        <translation>Dasselbe mit der AWS CLI</translation>
    </message>
    <message>
        <source>AWS CLI commands</source>
        <translation>AWS CLI-Befehle</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve commands…</source>
        <translation>Befehle speic&amp;hern…</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Create the service &amp;role…</source>
        <translation>Service&amp;rolle erstellen…</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Save as &amp;profile</source>
        <translation>Als &amp;Profil speichern</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 in %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 in %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;AWS profile: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;AWS-Profil: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>Standard</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n disk(s)</source>
        <translation>
            <numerusform>&lt;p&gt;%n Datenträger</numerusform>
            <numerusform>&lt;p&gt;%n Datenträger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to upload to s3://%1/%2</source>
        <translation>
            <numerusform>, %n wird nach s3://%1/%2 hochgeladen</numerusform>
            <numerusform>, %n werden nach s3://%1/%2 hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Asking AWS…</source>
        <translation>AWS wird abgefragt…</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Fix the failed checks first, or run them again.</source>
        <translation>Beheben Sie zuerst die fehlgeschlagenen Prüfungen oder führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Create the service role</source>
        <translation>Servicerolle erstellen</translation>
    </message>
    <message>
        <source>VM Import/Export needs a role named %1 that it may assume. Create it with AWS&apos;s documented trust policy and a role policy for this import&apos;s buckets (see the details)?</source>
        <translation>VM Import/Export benötigt eine Rolle namens %1, die es übernehmen darf. Soll sie mit der von AWS dokumentierten Vertrauensrichtlinie und einer Rollenrichtlinie für die Buckets dieses Imports erstellt werden (siehe Details)?</translation>
    </message>
    <message>
        <source>Trust policy:
%1
Role policy &quot;%2&quot;:
%3</source>
        <translation>Vertrauensrichtlinie:
%1
Rollenrichtlinie „%2“:
%3</translation>
    </message>
    <message>
        <source>Creating the role…</source>
        <translation>Rolle wird erstellt…</translation>
    </message>
    <message>
        <source>Save AWS CLI commands</source>
        <translation>AWS CLI-Befehle speichern</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>Shell-Skripte (*.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>tag what the import made with the import&apos;s tags</source>
        <translation>die Ergebnisse des Imports mit den Tags des Imports versehen</translation>
    </message>
    <message>
        <source>delete the objects uploaded for it</source>
        <translation>die dafür hochgeladenen Objekte löschen</translation>
    </message>
    <message>
        <source>i386 (not set)</source>
        <translation>i386 (nicht festgelegt)</translation>
    </message>
    <message>
        <source>ENA</source>
        <translation>ENA</translation>
    </message>
    <message>
        <source>IMDSv2 required</source>
        <translation>IMDSv2 erforderlich</translation>
    </message>
    <message>
        <source>NitroTPM</source>
        <translation>NitroTPM</translation>
    </message>
    <message>
        <source>%1 root volume</source>
        <translation>Root-Volume %1</translation>
    </message>
    <message>
        <source>register the AMI &quot;%1&quot; from the snapshot (%2)</source>
        <translation>das AMI „%1“ aus dem Snapshot registrieren (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;After the import:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Nach dem Import:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>vmi::ui::S3BrowserDialog</name>
    <message>
        <source>Choose S3 objects</source>
        <translation>S3-Objekte auswählen</translation>
    </message>
    <message>
        <source>Choose an S3 location</source>
        <translation>S3-Speicherort auswählen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Nach oben</translation>
    </message>
    <message>
        <source>Up one level (Backspace)</source>
        <translation>Eine Ebene nach oben (Rücktaste)</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <source>S3 location</source>
        <translation>S3-Speicherort</translation>
    </message>
    <message>
        <source>s3://bucket/prefix/ (Enter to go there)</source>
        <translation>s3://bucket/prefix/ (Eingabetaste, um dorthin zu wechseln)</translation>
    </message>
    <message>
        <source>Buckets, folders and objects</source>
        <translation>Buckets, Ordner und Objekte</translation>
    </message>
    <message>
        <source>Asking S3</source>
        <translation>S3 wird abgefragt</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Use th&amp;is location</source>
        <translation>Diesen Speicher&amp;ort verwenden</translation>
    </message>
    <message>
        <source>A location looks like s3://bucket/prefix/.</source>
        <translation>Ein Speicherort hat die Form s3://bucket/prefix/.</translation>
    </message>
    <message>
        <source>No connection to AWS.</source>
        <translation>Keine Verbindung zu AWS.</translation>
    </message>
    <message>
        <source>Cannot list the buckets (%1). Type a location above instead.</source>
        <translation>Die Buckets können nicht aufgelistet werden: %1 Geben Sie stattdessen oben einen Speicherort ein.</translation>
    </message>
    <message>
        <source>This account has no buckets.</source>
        <translation>Dieses Konto hat keine Buckets.</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Asking S3…</source>
        <translation>S3 wird abgefragt…</translation>
    </message>
</context>
<context>
    <name>vmi::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>AWS &amp;Keys</source>
        <translation>AWS-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Uploads</translation>
    </message>
    <message>
        <source>Defaults for a new import</source>
        <translation>Standardwerte für einen neuen Import</translation>
    </message>
    <message>
        <source>Default AWS Region</source>
        <translation>Standard-AWS-Region</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s Region, e.g. eu-west-1</source>
        <translation>Region des AWS-Profils, z. B. eu-west-1</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Default AWS profile</source>
        <translation>Standard-AWS-Profil</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s default</source>
        <translation>Standard der AWS CLI</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>AWS-&amp;Profil:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sprac&amp;he:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start der App wirksam.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Polling interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message numerus="yes">
        <source> second(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> Sekunde</numerusform>
            <numerusform> Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>How often the app asks AWS about an import task that is moving; a task that does not move is asked less often.</source>
        <translation>Wie oft die App AWS nach einer laufenden Importaufgabe fragt; eine Aufgabe, die nicht vorankommt, wird seltener abgefragt.</translation>
    </message>
    <message>
        <source>&amp;Check import tasks every:</source>
        <translation>&amp;Importaufgaben prüfen alle:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <source>Use this &amp;HTTP proxy:</source>
        <translation>Diesen &amp;HTTP-Proxy verwenden:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>Hos&amp;t:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Used by every upload whose import profile does not set its own value.</source>
        <translation>Gilt für jeden Upload, dessen Importprofil keinen eigenen Wert festlegt.</translation>
    </message>
    <message>
        <source>Part size in MiB</source>
        <translation>Teilgröße in MiB</translation>
    </message>
    <message>
        <source>Automatic (from the file size)</source>
        <translation>Automatisch (anhand der Dateigröße)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation>&amp;Teilgröße:</translation>
    </message>
    <message>
        <source>Parts sent at the same time</source>
        <translation>Gleichzeitig gesendete Teile</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Parts sent at the &amp;same time:</source>
        <translation>&amp;Gleichzeitig gesendete Teile:</translation>
    </message>
    <message>
        <source>Bandwidth limit in MiB per second</source>
        <translation>Bandbreitenbegrenzung in MiB pro Sekunde</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>&amp;Bandbreitenbegrenzung:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Region name (like eu-west-1).</source>
        <translation>„%1“ ist kein Regionsname (wie eu-west-1).</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or use the system&apos;s proxy settings.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein oder verwenden Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::StartPage</name>
    <message>
        <source>What to import</source>
        <translation>Was importiert werden soll</translation>
    </message>
    <message>
        <source>Choose the kind of import, then where it goes.</source>
        <translation>Wählen Sie die Art des Imports und dann das Ziel.</translation>
    </message>
    <message>
        <source>Kind of import</source>
        <translation>Art des Imports</translation>
    </message>
    <message>
        <source>&amp;AMI from virtual machine disks</source>
        <translation>&amp;AMI aus Datenträgern virtueller Maschinen</translation>
    </message>
    <message>
        <source>EC2 ImportImage: one or more disks (OVA, VMDK, VHD, VHDX, raw) become an AMI you can launch.</source>
        <translation>EC2 ImportImage: Ein oder mehrere Datenträger (OVA, VMDK, VHD, VHDX, raw) werden zu einem AMI, das Sie starten können.</translation>
    </message>
    <message>
        <source>EBS &amp;snapshot from one disk</source>
        <translation>EBS-&amp;Snapshot aus einem Datenträger</translation>
    </message>
    <message>
        <source>EC2 ImportSnapshot: one disk (VMDK, VHD, raw) becomes an EBS snapshot; no operating system checks.</source>
        <translation>EC2 ImportSnapshot: Ein Datenträger (VMDK, VHD, raw) wird zu einem EBS-Snapshot; das Betriebssystem wird nicht geprüft.</translation>
    </message>
    <message>
        <source>&amp;Windows 11 ISO through Image Builder</source>
        <translation>Windows 11-&amp;ISO über Image Builder</translation>
    </message>
    <message>
        <source>Image Builder ImportDiskImage: a Windows 11 Enterprise ISO becomes an Image Builder image.</source>
        <translation>Image Builder ImportDiskImage: Eine ISO von Windows 11 Enterprise wird zu einem Image Builder-Image.</translation>
    </message>
    <message>
        <source>Saved import profile</source>
        <translation>Gespeichertes Importprofil</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Saved &amp;profile:</source>
        <translation>Gespeichertes &amp;Profil:</translation>
    </message>
    <message>
        <source>AWS Region</source>
        <translation>AWS-Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s default</source>
        <translation>Standard der AWS CLI</translation>
    </message>
    <message>
        <source>Asking AWS who you are</source>
        <translation>AWS wird nach Ihrer Identität gefragt</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation>Profil laden</translation>
    </message>
    <message>
        <source>Checking in a moment…</source>
        <translation>Prüfung beginnt gleich…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Asking AWS…</source>
        <translation>AWS wird abgefragt…</translation>
    </message>
    <message>
        <source>Account %1, %2</source>
        <translation>Konto %1, %2</translation>
    </message>
    <message>
        <source>AWS pr&amp;ofile:</source>
        <translation>AWS-Pr&amp;ofil:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::SystemPage</name>
    <message>
        <source>Operating system, boot and licensing</source>
        <translation>Betriebssystem, Boot und Lizenzierung</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>&amp;Architektur:</translation>
    </message>
    <message>
        <source>Legacy BIOS</source>
        <translation>Legacy-BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>Let AWS choose</source>
        <translation>AWS entscheiden lassen</translation>
    </message>
    <message>
        <source>License included (AWS)</source>
        <translation>Lizenz inbegriffen (AWS)</translation>
    </message>
    <message>
        <source>Bring your own license (BYOL)</source>
        <translation>Eigene Lizenz verwenden (BYOL)</translation>
    </message>
    <message>
        <source>By usage operation</source>
        <translation>Nach Nutzungsvorgang</translation>
    </message>
    <message>
        <source>&amp;Licensing:</source>
        <translation>&amp;Lizenzierung:</translation>
    </message>
    <message>
        <source>Linux/UNIX (also with SQL Server BYOL)</source>
        <translation>Linux/UNIX (auch mit SQL Server BYOL)</translation>
    </message>
    <message>
        <source>Windows, license included</source>
        <translation>Windows, Lizenz inbegriffen</translation>
    </message>
    <message>
        <source>Windows, bring your own license</source>
        <translation>Windows, eigene Lizenz</translation>
    </message>
    <message>
        <source>Windows with SQL Server Standard, license included</source>
        <translation>Windows mit SQL Server Standard, Lizenz inbegriffen</translation>
    </message>
    <message>
        <source>Windows with SQL Server Enterprise, license included</source>
        <translation>Windows mit SQL Server Enterprise, Lizenz inbegriffen</translation>
    </message>
    <message>
        <source>Windows with SQL Server Web, license included</source>
        <translation>Windows mit SQL Server Web, Lizenz inbegriffen</translation>
    </message>
    <message>
        <source>Linux with SQL Server Standard, license included</source>
        <translation>Linux mit SQL Server Standard, Lizenz inbegriffen</translation>
    </message>
    <message>
        <source>Linux with SQL Server Enterprise, license included</source>
        <translation>Linux mit SQL Server Enterprise, Lizenz inbegriffen</translation>
    </message>
    <message>
        <source>Linux with SQL Server Web, license included</source>
        <translation>Linux mit SQL Server Web, Lizenz inbegriffen</translation>
    </message>
    <message>
        <source>&amp;Usage operation:</source>
        <translation>&amp;Nutzungsvorgang:</translation>
    </message>
    <message>
        <source>One License Manager configuration ARN per line</source>
        <translation>Ein ARN einer License Manager-Lizenzkonfiguration pro Zeile</translation>
    </message>
    <message>
        <source>License &amp;configurations:</source>
        <translation>Lizenz&amp;konfigurationen:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>&amp;Hypervisor:</translation>
    </message>
    <message>
        <source>Service &amp;role:</source>
        <translation>Service&amp;rolle:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What the disks hold and how it is licensed. &quot;Detect&quot; lets VM Import decide.</source>
        <translation>Was die Datenträger enthalten und wie es lizenziert ist. Bei „Automatisch erkennen“ entscheidet VM Import.</translation>
    </message>
    <message>
        <source>A snapshot import does not look at the operating system.</source>
        <translation>Ein Snapshot-Import berücksichtigt das Betriebssystem nicht.</translation>
    </message>
    <message>
        <source>AWS bills the Windows license by the hour. Windows Server only.</source>
        <translation>AWS rechnet die Windows-Lizenz stundenweise ab. Nur für Windows Server.</translation>
    </message>
    <message>
        <source>You bring your own license (Linux, Windows client editions, or Windows with your Microsoft agreement).</source>
        <translation>Sie verwenden Ihre eigene Lizenz (Linux, Windows-Client-Editionen oder Windows mit Ihrem Microsoft-Vertrag).</translation>
    </message>
    <message>
        <source>The billing code the AMI gets; say exactly which product is licensed how.</source>
        <translation>Der Abrechnungscode, den das AMI erhält; er legt genau fest, welches Produkt wie lizenziert ist.</translation>
    </message>
    <message>
        <source>VM Import decides from the operating system. AWS recommends choosing.</source>
        <translation>VM Import entscheidet anhand des Betriebssystems. AWS empfiehlt, selbst eine Auswahl zu treffen.</translation>
    </message>
    <message>
        <source>Boot &amp;mode:</source>
        <translation>Boot-&amp;Modus:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::TagsPage</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags for the import task. Paste key=value lines to add many at once.</source>
        <translation>Tags für die Importaufgabe. Fügen Sie Zeilen im Format key=value ein, um viele auf einmal hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Paste key=value</source>
        <translation>key=value ein&amp;fügen</translation>
    </message>
    <message>
        <source>%1 of %2 tags</source>
        <translation>%1 von %2 Tags</translation>
    </message>
    <message>
        <source>Also tag the AMI and its &amp;snapshots</source>
        <translation>Auch das AMI und seine &amp;Snapshots mit Tags versehen</translation>
    </message>
    <message>
        <source>EC2 puts these tags on the import task only. With this, the app tags what the task made (CreateTags) once it has completed.</source>
        <translation>EC2 versieht nur die Importaufgabe mit diesen Tags. Mit dieser Option versieht die App nach Abschluss der Aufgabe auch deren Ergebnisse mit Tags (CreateTags).</translation>
    </message>
    <message>
        <source>Also tag the &amp;snapshot and the AMI registered from it</source>
        <translation>Auch den &amp;Snapshot und das daraus registrierte AMI mit Tags versehen</translation>
    </message>
</context>
<context>
    <name>vmi::ui::UploadPage</name>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Where local files go in S3 before the import reads them.</source>
        <translation>Wohin lokale Dateien in S3 hochgeladen werden, bevor der Import sie liest.</translation>
    </message>
    <message>
        <source>Destination bucket</source>
        <translation>Ziel-Bucket</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <source>for example imports/</source>
        <translation>zum Beispiel imports/</translation>
    </message>
    <message>
        <source>&amp;Key prefix:</source>
        <translation>&amp;Schlüsselpräfix:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Part size in MiB</source>
        <translation>Teilgröße in MiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation>&amp;Teilgröße:</translation>
    </message>
    <message>
        <source>Parts in flight</source>
        <translation>Gleichzeitig übertragene Teile</translation>
    </message>
    <message>
        <source>Parts in &amp;flight:</source>
        <translation>&amp;Gleichzeitige Teile:</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>S&amp;torage class:</source>
        <translation>S&amp;peicherklasse:</translation>
    </message>
    <message>
        <source>Server-side encryption</source>
        <translation>Serverseitige Verschlüsselung</translation>
    </message>
    <message>
        <source>Server-side &amp;encryption:</source>
        <translation>Serverseitige &amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>KMS key for server-side encryption</source>
        <translation>KMS-Schlüssel für die serverseitige Verschlüsselung</translation>
    </message>
    <message>
        <source>SSE K&amp;MS key:</source>
        <translation>SSE-K&amp;MS-Schlüssel:</translation>
    </message>
    <message>
        <source>Checksum algorithm</source>
        <translation>Prüfsummenalgorithmus</translation>
    </message>
    <message>
        <source>&amp;Checksum:</source>
        <translation>Prüfs&amp;umme:</translation>
    </message>
    <message>
        <source>Finding the bucket&apos;s Region…</source>
        <translation>Region des Buckets wird ermittelt…</translation>
    </message>
    <message>
        <source>There is no bucket %1.</source>
        <translation>Es gibt keinen Bucket %1.</translation>
    </message>
    <message>
        <source>Pick one of the listed buckets, or create it first.</source>
        <translation>Wählen Sie einen der aufgeführten Buckets aus oder erstellen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Cannot find the bucket&apos;s Region: %1</source>
        <translation>Die Region des Buckets kann nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>The bucket is in %1, the import in %2.</source>
        <translation>Der Bucket liegt in %1, der Import in %2.</translation>
    </message>
    <message>
        <source>VM Import/Export reads only buckets in the import&apos;s Region.</source>
        <translation>VM Import/Export liest nur Buckets in der Region des Imports.</translation>
    </message>
    <message>
        <source>The bucket is in %1, like the import.</source>
        <translation>Der Bucket liegt wie der Import in %1.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Pick the bucket and folder in S3</source>
        <translation>Bucket und Ordner in S3 auswählen</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>In S3 now:</source>
        <translation>Derzeit in S3:</translation>
    </message>
    <message>
        <source>&amp;Delete the uploaded objects after a successful import</source>
        <translation>Hochgeladene Objekte nach erfolgreichem Import &amp;löschen</translation>
    </message>
    <message>
        <source>The import keeps its own copy; the uploaded objects only cost storage afterwards.</source>
        <translation>Der Import behält eine eigene Kopie; die hochgeladenen Objekte verursachen danach nur noch Speicherkosten.</translation>
    </message>
    <message>
        <source>%1: looking…</source>
        <translation>%1: wird geprüft…</translation>
    </message>
    <message>
        <source>%1: not there yet; it will be uploaded</source>
        <translation>%1: noch nicht vorhanden; wird hochgeladen</translation>
    </message>
    <message>
        <source>%1: already in S3 (same size): will not be uploaded again</source>
        <translation>%1: bereits in S3 (gleiche Größe): wird nicht erneut hochgeladen</translation>
    </message>
    <message>
        <source>%1: an object of another size is there: it will be replaced</source>
        <translation>%1: dort liegt ein Objekt anderer Größe: Es wird ersetzt</translation>
    </message>
    <message>
        <source>%1: cannot tell (%2)</source>
        <translation>%1: nicht feststellbar (%2)</translation>
    </message>
    <message>
        <source>No local file to upload.</source>
        <translation>Keine lokale Datei zum Hochladen.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::WizardPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
</TS>
