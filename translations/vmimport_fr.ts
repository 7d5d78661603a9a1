<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DiskInspector</name>
    <message>
        <source>The inspection stopped at its read limit (%1 bytes); the report may be incomplete.</source>
        <translation>L&apos;inspection s&apos;est arrêtée à sa limite de lecture (%1 octets)&#xa0;; le rapport est peut-être incomplet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ForeignFormatSniffer</name>
    <message>
        <source>This QCOW2 image has a backing file: it holds only the changes made on top of it.</source>
        <translation>Cette image QCOW2 a un fichier de base&#xa0;: elle ne contient que les modifications apportées par-dessus.</translation>
    </message>
    <message>
        <source>qemu-img convert follows the backing chain and writes one complete disk.</source>
        <translation>qemu-img convert suit la chaîne de fichiers de base et écrit un disque complet.</translation>
    </message>
    <message>
        <source>This QCOW2 image is encrypted; AWS imports only unencrypted disks.</source>
        <translation>Cette image QCOW2 est chiffrée&#xa0;; AWS n&apos;importe que des disques non chiffrés.</translation>
    </message>
</context>
<context>
    <name>ImportPolicy</name>
    <message>
        <source>Convert it to a stream-optimized VMDK, which ImportImage and ImportSnapshot take: %1</source>
        <translation>Convertissez-le en VMDK optimisé pour le flux, accepté par ImportImage et ImportSnapshot&#xa0;: %1</translation>
    </message>
    <message>
        <source>This VMDK is %1; AWS imports only stream-optimized VMDKs.</source>
        <translation>Ce VMDK est de sous-format %1&#xa0;; AWS n&apos;importe que les VMDK optimisés pour le flux.</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This is a differencing VHD: it holds only the changes to a parent disk, and AWS refuses it (&quot;Footers not identical&quot;).</source>
        <translation>Il s&apos;agit d&apos;un VHD de différenciation&#xa0;: il ne contient que les modifications d&apos;un disque parent, et AWS le refuse («&#xa0;Footers not identical&#xa0;»).</translation>
    </message>
    <message>
        <source>Merge it into its parent in Hyper-V, or let qemu-img follow the chain: %1</source>
        <translation>Fusionnez-le dans son parent avec Hyper-V, ou laissez qemu-img suivre la chaîne&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is a differencing VHDX: it holds only the changes to a parent disk.</source>
        <translation>Il s&apos;agit d&apos;un VHDX de différenciation&#xa0;: il ne contient que les modifications d&apos;un disque parent.</translation>
    </message>
    <message>
        <source>ImportSnapshot does not take VHDX; use ImportImage, or convert the disk for a snapshot.</source>
        <translation>ImportSnapshot n&apos;accepte pas VHDX&#xa0;; utilisez ImportImage, ou convertissez le disque pour un instantané.</translation>
    </message>
    <message>
        <source>AWS does not import %1 images.</source>
        <translation>AWS n&apos;importe pas les images %1.</translation>
    </message>
    <message>
        <source>(or -O raw for a raw image, which is larger to upload).</source>
        <translation>(ou -O raw pour une image brute, plus volumineuse à charger).</translation>
    </message>
    <message>
        <source>ISO images go to Image Builder&apos;s ImportDiskImage (Windows 11 Enterprise only); EC2 imports do not take them.</source>
        <translation>Les images ISO passent par ImportDiskImage d&apos;Image Builder (Windows 11 Entreprise uniquement)&#xa0;; les importations EC2 ne les acceptent pas.</translation>
    </message>
    <message>
        <source>This is not a disk image format AWS imports (OVA, VMDK, VHD, VHDX, raw, or an ISO for Image Builder).</source>
        <translation>Ce format d&apos;image disque n&apos;est pas importé par AWS (OVA, VMDK, VHD, VHDX, raw, ou un ISO pour Image Builder).</translation>
    </message>
    <message>
        <source>The disk is 16 TiB or larger; AWS imports only smaller disks.</source>
        <translation>Le disque fait 16 Tio ou plus&#xa0;; AWS n&apos;importe que des disques plus petits.</translation>
    </message>
    <message>
        <source>ImportImage takes only disks smaller than 8 TiB.</source>
        <translation>ImportImage n&apos;accepte que des disques de moins de 8 Tio.</translation>
    </message>
    <message>
        <source>Import this disk as a snapshot (ImportSnapshot) instead.</source>
        <translation>Importez plutôt ce disque comme instantané (ImportSnapshot).</translation>
    </message>
</context>
<context>
    <name>IsoSniffer</name>
    <message>
        <source>The ISO is shorter than its volume descriptor says (%1 of %2 bytes): it is truncated.</source>
        <translation>L&apos;ISO est plus court que ne l&apos;indique son descripteur de volume (%1 sur %2 octets)&#xa0;: il est tronqué.</translation>
    </message>
    <message>
        <source>Download the ISO again and compare its checksum.</source>
        <translation>Téléchargez de nouveau l&apos;ISO et comparez sa somme de contrôle.</translation>
    </message>
    <message>
        <source>Volume label: %1</source>
        <translation>Nom de volume&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ISO has no El Torito boot record: it is not a bootable installation disc.</source>
        <translation>L&apos;ISO n&apos;a pas d&apos;enregistrement d&apos;amorçage El Torito&#xa0;: ce n&apos;est pas un disque d&apos;installation amorçable.</translation>
    </message>
</context>
<context>
    <name>OvaSniffer</name>
    <message numerus="yes">
        <source>The archive is damaged after %n member(s).</source>
        <translation>
            <numerusform>L&apos;archive est endommagée après %n membre.</numerusform>
            <numerusform>L&apos;archive est endommagée après %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the OVA again from its source.</source>
        <translation>Exportez de nouveau l&apos;OVA depuis sa source.</translation>
    </message>
    <message>
        <source>The OVF references &quot;%1&quot;, which is not in the archive.</source>
        <translation>L&apos;OVF fait référence à «&#xa0;%1&#xa0;», qui ne figure pas dans l&apos;archive.</translation>
    </message>
    <message>
        <source>Export the OVA again with every disk inside it.</source>
        <translation>Exportez de nouveau l&apos;OVA avec tous ses disques inclus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a chunk of a disk: AWS refuses OVAs with chunked disk files.</source>
        <translation>«&#xa0;%1&#xa0;» est un fragment de disque&#xa0;: AWS refuse les OVA dont les fichiers de disque sont fragmentés.</translation>
    </message>
    <message>
        <source>Export the OVA again without chunking (one file per disk).</source>
        <translation>Exportez de nouveau l&apos;OVA sans fragmentation (un fichier par disque).</translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; in the OVA is a %2 VMDK; AWS takes only stream-optimized VMDKs.</source>
        <translation>Le disque «&#xa0;%1&#xa0;» de l&apos;OVA est un VMDK %2&#xa0;; AWS n&apos;accepte que les VMDK optimisés pour le flux.</translation>
    </message>
    <message>
        <source>Extract the OVA, convert the disk with qemu-img convert -O vmdk -o subformat=streamOptimized, and import the VMDK (or rebuild the OVA).</source>
        <translation>Extrayez l&apos;OVA, convertissez le disque avec qemu-img convert -O vmdk -o subformat=streamOptimized, puis importez le VMDK (ou reconstruisez l&apos;OVA).</translation>
    </message>
    <message>
        <source>The OVA member &quot;%1&quot; is not a disk format AWS reads (%2).</source>
        <translation>Le membre «&#xa0;%1&#xa0;» de l&apos;OVA n&apos;est pas dans un format de disque lisible par AWS (%2).</translation>
    </message>
    <message>
        <source>The archive holds no .ovf descriptor: it is a tar file, not an OVA.</source>
        <translation>L&apos;archive ne contient aucun descripteur .ovf&#xa0;: c&apos;est un fichier tar, pas un OVA.</translation>
    </message>
    <message>
        <source>The .ovf descriptor is not the archive&apos;s first member, as the OVF standard requires.</source>
        <translation>Le descripteur .ovf n&apos;est pas le premier membre de l&apos;archive, comme l&apos;exige la norme OVF.</translation>
    </message>
    <message>
        <source>Rebuild it with the .ovf first: tar -cf out.ova vm.ovf vm.mf disk1.vmdk ...</source>
        <translation>Reconstruisez-la avec le .ovf en premier&#xa0;: tar -cf out.ova vm.ovf vm.mf disk1.vmdk ...</translation>
    </message>
    <message>
        <source>The OVA contains no disk.</source>
        <translation>L&apos;OVA ne contient aucun disque.</translation>
    </message>
</context>
<context>
    <name>PartitionTableSniffer</name>
    <message>
        <source>The disk has a protective MBR but no GPT header in sector 1: the GPT is damaged.</source>
        <translation>Le disque a un MBR de protection mais pas d&apos;en-tête GPT dans le secteur 1&#xa0;: la GPT est endommagée.</translation>
    </message>
    <message>
        <source>Repair the partition table (for example with gdisk) before importing.</source>
        <translation>Réparez la table de partitions (par exemple avec gdisk) avant l&apos;importation.</translation>
    </message>
    <message>
        <source>The GPT header describes no readable partition entries.</source>
        <translation>L&apos;en-tête GPT ne décrit aucune entrée de partition lisible.</translation>
    </message>
    <message>
        <source>The GPT has no partitions.</source>
        <translation>La GPT ne contient aucune partition.</translation>
    </message>
    <message>
        <source>The disk has both an EFI System Partition and a BIOS boot partition: it may boot either way; UEFI is suggested.</source>
        <translation>Le disque a à la fois une partition système EFI et une partition de démarrage BIOS&#xa0;: il peut démarrer des deux façons&#xa0;; UEFI est suggéré.</translation>
    </message>
    <message>
        <source>No partition table found: the disk is empty or holds a bare file system.</source>
        <translation>Aucune table de partitions trouvée&#xa0;: le disque est vide ou contient un système de fichiers nu.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; (%2) cannot be used: %3</source>
        <translation>Le profil «&#xa0;%1&#xa0;» (%2) est inutilisable&#xa0;: %3</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A profile name does not begin or end with spaces.</source>
        <translation>Un nom de profil ne commence ni ne se termine par des espaces.</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>Un nom de profil comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A profile name has no control characters.</source>
        <translation>Un nom de profil ne contient aucun caractère de contrôle.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to a profile that cannot be read (%2); choose another name.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» appartient à un profil illisible (%2)&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Il existe déjà un profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;, but could not remove the old file %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré, mais l&apos;ancien fichier %2 n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile in %1 is for %2, not %3.</source>
        <translation>Le profil de %1 concerne %2, pas %3.</translation>
    </message>
    <message>
        <source>Cannot tell which import %1 is for; name the operation (ImportImage, ImportSnapshot or ImportDiskImage).</source>
        <translation>Impossible de déterminer à quelle importation %1 est destiné&#xa0;; indiquez l&apos;opération (ImportImage, ImportSnapshot ou ImportDiskImage).</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n empty placeholder value(s) of an AWS CLI skeleton: %1</source>
        <translation>
            <numerusform>%n valeur d&apos;espace réservé vide d&apos;un squelette AWS CLI a été omise&#xa0;: %1</numerusform>
            <numerusform>%n valeurs d&apos;espace réservé vides d&apos;un squelette AWS CLI ont été omises&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is not valid JSON: %2 at offset %3.</source>
        <translation>%1&#xa0;: le fichier n’est pas du JSON valide&#xa0;: %2 à la position %3.</translation>
    </message>
    <message>
        <source>%1: the file holds no JSON object.</source>
        <translation>%1&#xa0;: le fichier ne contient aucun objet JSON.</translation>
    </message>
</context>
<context>
    <name>VhdSniffer</name>
    <message>
        <source>The VHD footer is missing from the end of the file: the file is truncated (an interrupted copy or download?).</source>
        <translation>Le pied de page du VHD manque à la fin du fichier&#xa0;: le fichier est tronqué (copie ou téléchargement interrompu&#xa0;?).</translation>
    </message>
    <message>
        <source>Copy the VHD again from its source.</source>
        <translation>Copiez de nouveau le VHD depuis sa source.</translation>
    </message>
    <message>
        <source>The VHD footer checksum is wrong: the file may be damaged.</source>
        <translation>La somme de contrôle du pied de page du VHD est fausse&#xa0;: le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The fixed VHD&apos;s size does not match the disk size its footer records.</source>
        <translation>La taille du VHD fixe ne correspond pas à la taille de disque indiquée dans son pied de page.</translation>
    </message>
    <message>
        <source>The two copies of the VHD footer differ (AWS: &quot;Footers not identical&quot;).</source>
        <translation>Les deux copies du pied de page du VHD diffèrent (AWS&#xa0;: «&#xa0;Footers not identical&#xa0;»).</translation>
    </message>
    <message>
        <source>The VHD footer names an unknown disk type (%1).</source>
        <translation>Le pied de page du VHD indique un type de disque inconnu (%1).</translation>
    </message>
</context>
<context>
    <name>VhdxSniffer</name>
    <message>
        <source>The VHDX metadata could not be read, so its virtual size is unknown.</source>
        <translation>Les métadonnées du VHDX sont illisibles&#xa0;: sa taille virtuelle est donc inconnue.</translation>
    </message>
</context>
<context>
    <name>VmdkSniffer</name>
    <message>
        <source>This VMDK is a snapshot (delta) disk of &quot;%1&quot;; it holds only the changes since the snapshot.</source>
        <translation>Ce VMDK est un disque d&apos;instantané (delta) de «&#xa0;%1&#xa0;»&#xa0;; il ne contient que les modifications depuis l&apos;instantané.</translation>
    </message>
    <message>
        <source>Consolidate the snapshots in your hypervisor, or convert the newest delta with qemu-img, which follows the parent chain.</source>
        <translation>Consolidez les instantanés dans votre hyperviseur, ou convertissez le delta le plus récent avec qemu-img, qui suit la chaîne des parents.</translation>
    </message>
    <message>
        <source>This is a VMDK sparse extent without a descriptor: probably one piece of a split disk.</source>
        <translation>Il s&apos;agit d&apos;une extent VMDK sparse sans descripteur&#xa0;: probablement un morceau d&apos;un disque découpé.</translation>
    </message>
    <message>
        <source>Inspect and convert the disk&apos;s descriptor file (the small .vmdk that names the extents) instead.</source>
        <translation>Inspectez et convertissez plutôt le fichier descripteur du disque (le petit .vmdk qui cite les extents).</translation>
    </message>
    <message>
        <source>The descriptor says streamOptimized but the grains are not compressed: the file may be damaged.</source>
        <translation>Le descripteur indique streamOptimized, mais les grains ne sont pas compressés&#xa0;: le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>This is a VMDK descriptor file: the disk&apos;s data is in its extent files (%1), which an upload of this file alone would leave behind.</source>
        <translation>Il s&apos;agit d&apos;un fichier descripteur VMDK&#xa0;: les données du disque se trouvent dans ses fichiers d&apos;extent (%1), que le chargement de ce seul fichier laisserait de côté.</translation>
    </message>
    <message>
        <source>Convert the descriptor (qemu-img reads the extents next to it) into one stream-optimized VMDK and upload that.</source>
        <translation>Convertissez le descripteur (qemu-img lit les extents situées à côté) en un seul VMDK optimisé pour le flux, puis chargez celui-ci.</translation>
    </message>
    <message>
        <source>Extent files named by the descriptor are missing: %1.</source>
        <translation>Des fichiers d&apos;extent cités par le descripteur sont introuvables&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Keep the descriptor and its extent files in the same folder.</source>
        <translation>Conservez le descripteur et ses fichiers d&apos;extent dans le même dossier.</translation>
    </message>
</context>
<context>
    <name>vmi::AfterImportRules</name>
    <message>
        <source>Image Builder puts the request&apos;s tags on the image itself; this option is for EC2 imports.</source>
        <translation>Image Builder applique les balises de la demande à l&apos;image elle-même&#xa0;; cette option concerne les importations EC2.</translation>
    </message>
    <message>
        <source>There are no tags to copy to the AMI and its snapshots.</source>
        <translation>Il n&apos;y a aucune balise à copier sur l&apos;AMI et ses instantanés.</translation>
    </message>
    <message>
        <source>Add tags on the Tags page.</source>
        <translation>Ajoutez des balises sur la page Balises.</translation>
    </message>
    <message>
        <source>No local file is uploaded, so there is nothing to delete afterwards.</source>
        <translation>Aucun fichier local n&apos;est chargé&#xa0;: il n&apos;y a donc rien à supprimer ensuite.</translation>
    </message>
    <message>
        <source>Registering an AMI afterwards follows a snapshot import only; ImportImage makes its own AMI.</source>
        <translation>L&apos;enregistrement d&apos;une AMI après coup ne suit qu&apos;une importation d&apos;instantané&#xa0;; ImportImage crée sa propre AMI.</translation>
    </message>
    <message>
        <source>The AMI needs a name.</source>
        <translation>L&apos;AMI doit avoir un nom.</translation>
    </message>
    <message>
        <source>An AMI name has 3 to 128 characters: letters, digits, spaces and ( ) [ ] . / - &apos; @ _.</source>
        <translation>Un nom d&apos;AMI comporte de 3 à 128 caractères&#xa0;: lettres, chiffres, espaces et ( ) [ ] . / - &apos; @ _.</translation>
    </message>
    <message>
        <source>An AMI description has at most 255 characters.</source>
        <translation>Une description d&apos;AMI comporte au plus 255 caractères.</translation>
    </message>
    <message>
        <source>arm64 instances boot with UEFI only.</source>
        <translation>Les instances arm64 démarrent uniquement en UEFI.</translation>
    </message>
    <message>
        <source>Choose uefi.</source>
        <translation>Choisissez uefi.</translation>
    </message>
    <message>
        <source>NitroTPM needs the uefi boot mode.</source>
        <translation>NitroTPM nécessite le mode de démarrage uefi.</translation>
    </message>
    <message>
        <source>A root device name looks like /dev/xvda or /dev/sda1.</source>
        <translation>Un nom de périphérique racine a la forme /dev/xvda ou /dev/sda1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
</context>
<context>
    <name>vmi::DiskRules</name>
    <message>
        <source>ImportSnapshot needs a disk.</source>
        <translation>ImportSnapshot nécessite un disque.</translation>
    </message>
    <message>
        <source>Choose a disk file to upload, or name its S3 object.</source>
        <translation>Choisissez un fichier disque à charger, ou indiquez son objet S3.</translation>
    </message>
    <message>
        <source>ImportSnapshot imports one disk; %1 are set.</source>
        <translation>ImportSnapshot importe un seul disque&#xa0;; %1 sont définis.</translation>
    </message>
    <message>
        <source>Import the others with one ImportSnapshot each, or use ImportImage.</source>
        <translation>Importez les autres avec un ImportSnapshot chacun, ou utilisez ImportImage.</translation>
    </message>
    <message>
        <source>ImportImage needs at least one disk.</source>
        <translation>ImportImage nécessite au moins un disque.</translation>
    </message>
    <message>
        <source>Choose a disk file to upload, or name its S3 object or EBS snapshot.</source>
        <translation>Choisissez un fichier disque à charger, ou indiquez son objet S3 ou son instantané EBS.</translation>
    </message>
    <message>
        <source>Import the extra disks with ImportSnapshot.</source>
        <translation>Importez les disques supplémentaires avec ImportSnapshot.</translation>
    </message>
    <message>
        <source>An OVA holds a whole virtual machine: import it as the only disk.</source>
        <translation>Un OVA contient une machine virtuelle entière&#xa0;: importez-le comme unique disque.</translation>
    </message>
    <message>
        <source>Remove the other disks, or import the OVA&apos;s disks one by one.</source>
        <translation>Retirez les autres disques, ou importez les disques de l&apos;OVA un par un.</translation>
    </message>
    <message>
        <source>ImportSnapshot has no DeviceName; it is not sent.</source>
        <translation>ImportSnapshot n&apos;a pas de DeviceName&#xa0;; il n&apos;est pas envoyé.</translation>
    </message>
    <message>
        <source>ImportSnapshot has no SnapshotId; it is not sent.</source>
        <translation>ImportSnapshot n&apos;a pas de SnapshotId&#xa0;; il n&apos;est pas envoyé.</translation>
    </message>
    <message>
        <source>A disk comes from one place: give one of Url, UserBucket and SnapshotId.</source>
        <translation>Un disque provient d&apos;une seule source&#xa0;: indiquez Url, UserBucket ou SnapshotId, un seul des trois.</translation>
    </message>
    <message>
        <source>This disk has a local file to upload and also a %1.</source>
        <translation>Ce disque a un fichier local à charger et aussi un %1.</translation>
    </message>
    <message>
        <source>Remove the local file, or the %1.</source>
        <translation>Retirez le fichier local, ou le %1.</translation>
    </message>
    <message>
        <source>The disk has no source.</source>
        <translation>Le disque n&apos;a pas de source.</translation>
    </message>
    <message>
        <source>Choose a local file to upload, or name its S3 object (UserBucket or Url)%1.</source>
        <translation>Choisissez un fichier local à charger, ou indiquez son objet S3 (UserBucket ou Url)%1.</translation>
    </message>
    <message>
        <source> or an EBS snapshot (SnapshotId)</source>
        <translation> ou un instantané EBS (SnapshotId)</translation>
    </message>
    <message>
        <source>%1 has a local file, but no bucket to upload it to.</source>
        <translation>%1 a un fichier local, mais aucun compartiment où le charger.</translation>
    </message>
    <message>
        <source>Set the upload bucket, or the disk&apos;s UserBucket.S3Bucket.</source>
        <translation>Définissez le compartiment de chargement, ou le UserBucket.S3Bucket du disque.</translation>
    </message>
    <message>
        <source>Shorten the key prefix.</source>
        <translation>Raccourcissez le préfixe de clé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an EBS snapshot id (snap- and 8 or 17 hex digits).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;instantané EBS (snap- suivi de 8 ou 17 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The bucket must exist in the import&apos;s Region and the vmimport role must read it.</source>
        <translation>Le compartiment doit exister dans la Région de l&apos;importation, et le rôle vmimport doit pouvoir le lire.</translation>
    </message>
    <message>
        <source>UserBucket needs the bucket name (S3Bucket).</source>
        <translation>UserBucket nécessite le nom du compartiment (S3Bucket).</translation>
    </message>
    <message>
        <source>UserBucket needs the object key (S3Key).</source>
        <translation>UserBucket nécessite la clé de l&apos;objet (S3Key).</translation>
    </message>
    <message>
        <source>The s3:// URL names no bucket.</source>
        <translation>L&apos;URL s3:// ne désigne aucun compartiment.</translation>
    </message>
    <message>
        <source>Write s3://BUCKET/KEY.</source>
        <translation>Écrivez s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>A presigned URL expires, and profiles do not keep its signature.</source>
        <translation>Une URL présignée expire, et les profils n&apos;en conservent pas la signature.</translation>
    </message>
    <message>
        <source>Prefer an s3:// URL or UserBucket, which the vmimport role reads.</source>
        <translation>Préférez une URL s3:// ou UserBucket, que le rôle vmimport peut lire.</translation>
    </message>
    <message>
        <source>EC2 takes https:// or s3:// URLs, not http://.</source>
        <translation>EC2 accepte les URL https:// ou s3://, pas http://.</translation>
    </message>
    <message>
        <source>The Url must start with s3:// or https://.</source>
        <translation>L&apos;Url doit commencer par s3:// ou https://.</translation>
    </message>
    <message>
        <source>For example s3://BUCKET/KEY.</source>
        <translation>Par exemple s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>The disk&apos;s Format is not set.</source>
        <translation>Le Format du disque n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Set it to one of %1.</source>
        <translation>Choisissez l&apos;une des valeurs %1.</translation>
    </message>
    <message>
        <source>The file is %1: set Format to %1.</source>
        <translation>Le fichier est au format %1&#xa0;: définissez Format sur %1.</translation>
    </message>
    <message>
        <source>ImportSnapshot does not take VHDX (&quot;Unsupported specified file format&quot;).</source>
        <translation>ImportSnapshot n&apos;accepte pas VHDX («&#xa0;Unsupported specified file format&#xa0;»).</translation>
    </message>
    <message>
        <source>Use ImportImage, or convert the disk to VHD, VMDK or RAW.</source>
        <translation>Utilisez ImportImage, ou convertissez le disque en VHD, VMDK ou RAW.</translation>
    </message>
    <message>
        <source>ImportSnapshot takes one disk, not an OVA.</source>
        <translation>ImportSnapshot accepte un seul disque, pas un OVA.</translation>
    </message>
    <message>
        <source>Use ImportImage for an OVA.</source>
        <translation>Utilisez ImportImage pour un OVA.</translation>
    </message>
    <message>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation>%1 accepte %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device name EC2 uses.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de périphérique utilisé par EC2.</translation>
    </message>
    <message>
        <source>For example /dev/sda1 or /dev/xvda for the boot disk, /dev/sdf for others.</source>
        <translation>Par exemple /dev/sda1 ou /dev/xvda pour le disque de démarrage, /dev/sdf pour les autres.</translation>
    </message>
    <message>
        <source>Another disk has the device name %1.</source>
        <translation>Un autre disque porte déjà le nom de périphérique %1.</translation>
    </message>
    <message>
        <source>ISO images go to Image Builder&apos;s ImportDiskImage.</source>
        <translation>Les images ISO passent par ImportDiskImage d&apos;Image Builder.</translation>
    </message>
    <message>
        <source>Use ImportImage, or convert the disk: %1</source>
        <translation>Utilisez ImportImage, ou convertissez le disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Convert it: %1</source>
        <translation>Convertissez-le&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not take this file: it is %2.</source>
        <translation>%1 n&apos;accepte pas ce fichier (%2).</translation>
    </message>
    <message>
        <source>not a disk image format AWS imports</source>
        <translation>format d&apos;image disque qu&apos;AWS n&apos;importe pas</translation>
    </message>
    <message>
        <source>Format says %1, but the file is %2.</source>
        <translation>Format indique %1, mais le fichier est au format %2.</translation>
    </message>
    <message>
        <source>Set Format to %1.</source>
        <translation>Définissez Format sur %1.</translation>
    </message>
    <message>
        <source>This VMDK is %1; AWS imports only stream-optimized VMDKs (&quot;Unsupported VMDK File Format&quot;).</source>
        <translation>Ce VMDK est de sous-format %1&#xa0;; AWS n&apos;importe que les VMDK optimisés pour le flux («&#xa0;Unsupported VMDK File Format&#xa0;»).</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This is a differencing disk: it holds only changes to a parent, and AWS refuses it.</source>
        <translation>Il s&apos;agit d&apos;un disque de différenciation&#xa0;: il ne contient que des modifications par rapport à un disque parent, et AWS le refuse.</translation>
    </message>
    <message>
        <source>Merge it into its parent, or convert the chain: %1</source>
        <translation>Fusionnez-le dans son parent, ou convertissez la chaîne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disk is 16 TiB or larger; AWS imports only smaller disks.</source>
        <translation>Le disque fait 16 Tio ou plus&#xa0;; AWS n&apos;importe que des disques plus petits.</translation>
    </message>
    <message>
        <source>ImportImage takes only disks smaller than 8 TiB.</source>
        <translation>ImportImage n&apos;accepte que des disques de moins de 8 Tio.</translation>
    </message>
    <message>
        <source>Import this disk with ImportSnapshot.</source>
        <translation>Importez ce disque avec ImportSnapshot.</translation>
    </message>
    <message>
        <source>The first disk is the boot disk, but its file has no partition table.</source>
        <translation>Le premier disque est le disque de démarrage, mais son fichier n&apos;a pas de table de partitions.</translation>
    </message>
    <message>
        <source>Put the boot disk first.</source>
        <translation>Placez le disque de démarrage en premier.</translation>
    </message>
    <message>
        <source>BootMode is legacy-bios, but the boot disk has an EFI system partition.</source>
        <translation>BootMode vaut legacy-bios, mais le disque de démarrage a une partition système EFI.</translation>
    </message>
    <message>
        <source>Set BootMode to uefi, or leave it unset.</source>
        <translation>Définissez BootMode sur uefi, ou laissez-le non défini.</translation>
    </message>
    <message>
        <source>BootMode is uefi, but the boot disk looks like a legacy BIOS disk.</source>
        <translation>BootMode vaut uefi, mais le disque de démarrage ressemble à un disque BIOS hérité.</translation>
    </message>
    <message>
        <source>Set BootMode to legacy-bios, or leave it unset.</source>
        <translation>Définissez BootMode sur legacy-bios, ou laissez-le non défini.</translation>
    </message>
    <message numerus="yes">
        <source>ImportImage fails for more than %1 disks; %n are set.</source>
        <translation>
            <numerusform>ImportImage échoue au-delà de %1 disques&#xa0;; %n est défini.</numerusform>
            <numerusform>ImportImage échoue au-delà de %1 disques&#xa0;; %n sont définis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk has no partition table: ImportImage needs a bootable, partitioned disk (AWS answers &quot;No valid partitions&quot;).</source>
        <translation>Le disque n’a pas de table de partitions&#xa0;: ImportImage exige un disque amorçable et partitionné (AWS répond «&#xa0;No valid partitions&#xa0;»).</translation>
    </message>
    <message>
        <source>Import a data disk without partitions with ImportSnapshot.</source>
        <translation>Importez un disque de données sans partitions avec ImportSnapshot.</translation>
    </message>
</context>
<context>
    <name>vmi::DiskTableModel</name>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantané %1</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>Inspection…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de périphérique</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Found in the file</source>
        <translation>Trouvé dans le fichier</translation>
    </message>
</context>
<context>
    <name>vmi::Ec2RequestRules</name>
    <message>
        <source>DryRun is on: EC2 only checks your permissions and starts no import.</source>
        <translation>DryRun est activé&#xa0;: EC2 vérifie seulement vos autorisations et ne lance aucune importation.</translation>
    </message>
    <message>
        <source>Turn DryRun off to import. (A dry run that would succeed answers with the DryRunOperation error.)</source>
        <translation>Désactivez DryRun pour importer. (Une simulation qui réussirait répond par l&apos;erreur DryRunOperation.)</translation>
    </message>
    <message>
        <source>ImportSnapshot has no %1; it is not sent.</source>
        <translation>ImportSnapshot n&apos;a pas de %1&#xa0;; il n&apos;est pas envoyé.</translation>
    </message>
    <message>
        <source>It matters only for ImportImage.</source>
        <translation>Ce paramètre ne compte que pour ImportImage.</translation>
    </message>
    <message>
        <source>VM Import/Export deprecates i386 from February 1, 2026.</source>
        <translation>VM Import/Export abandonne i386 à partir du 1er février 2026.</translation>
    </message>
    <message>
        <source>Import a 64-bit (x86_64) system if you can.</source>
        <translation>Importez un système 64 bits (x86_64) si possible.</translation>
    </message>
    <message>
        <source>ImportImage does not take ARM64 virtual machines.</source>
        <translation>ImportImage n&apos;accepte pas les machines virtuelles ARM64.</translation>
    </message>
    <message>
        <source>Import the disk with ImportSnapshot and register an arm64 AMI from the snapshot.</source>
        <translation>Importez le disque avec ImportSnapshot, puis enregistrez une AMI arm64 à partir de l&apos;instantané.</translation>
    </message>
    <message>
        <source>Architecture must be x86_64 or i386, not &quot;%1&quot;.</source>
        <translation>Architecture doit valoir x86_64 ou i386, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>uefi-preferred is not supported for imports.</source>
        <translation>uefi-preferred n&apos;est pas pris en charge pour les importations.</translation>
    </message>
    <message>
        <source>Choose uefi or legacy-bios, or leave BootMode unset to let AWS detect it.</source>
        <translation>Choisissez uefi ou legacy-bios, ou laissez BootMode non défini pour qu&apos;AWS le détecte.</translation>
    </message>
    <message>
        <source>A UEFI import from an EBS snapshot needs Platform.</source>
        <translation>Une importation UEFI à partir d&apos;un instantané EBS nécessite Platform.</translation>
    </message>
    <message>
        <source>Set Platform to Windows or Linux.</source>
        <translation>Définissez Platform sur Windows ou Linux.</translation>
    </message>
    <message>
        <source>Platform is not set; imports without it have stalled at &quot;updating&quot;.</source>
        <translation>Platform n&apos;est pas défini&#xa0;; des importations sans ce paramètre sont restées bloquées à l&apos;étape «&#xa0;updating&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usage operation (RunInstances or RunInstances:NNNN).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une opération d&apos;utilisation (RunInstances ou RunInstances:NNNN).</translation>
    </message>
    <message>
        <source>For example RunInstances:0800 for Windows BYOL, RunInstances for Linux.</source>
        <translation>Par exemple RunInstances:0800 pour Windows BYOL, RunInstances pour Linux.</translation>
    </message>
    <message>
        <source>VM Import/Export does not list %1 among its usage operations.</source>
        <translation>VM Import/Export ne cite pas %1 parmi ses opérations d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation>Valeurs connues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give LicenseType or UsageOperation, not both: AWS refuses both.</source>
        <translation>Indiquez LicenseType ou UsageOperation, pas les deux&#xa0;: AWS refuse les deux ensemble.</translation>
    </message>
    <message>
        <source>Remove one of them.</source>
        <translation>Retirez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>AWS strongly recommends setting LicenseType or UsageOperation.</source>
        <translation>AWS recommande vivement de définir LicenseType ou UsageOperation.</translation>
    </message>
    <message>
        <source>Without them Windows Server gets an AWS license, everything else BYOL.</source>
        <translation>Sans eux, Windows Server reçoit une licence AWS, et tout le reste est en BYOL.</translation>
    </message>
    <message>
        <source>A license specification needs a LicenseConfigurationArn.</source>
        <translation>Une spécification de licence nécessite un LicenseConfigurationArn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a License Manager license configuration ARN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;ARN d&apos;une configuration de licence License Manager.</translation>
    </message>
    <message>
        <source>It looks like arn:aws:license-manager:REGION:ACCOUNT:license-configuration:lic-...</source>
        <translation>Il a la forme arn:aws:license-manager:REGION:ACCOUNT:license-configuration:lic-...</translation>
    </message>
    <message>
        <source>The license configuration is in the %1 partition, not %2.</source>
        <translation>La configuration de licence se trouve dans la partition %1, pas %2.</translation>
    </message>
    <message>
        <source>The license configuration is in %1, the import in %2.</source>
        <translation>La configuration de licence se trouve dans %1, l&apos;importation dans %2.</translation>
    </message>
    <message>
        <source>A KmsKeyId needs Encrypted set to true.</source>
        <translation>Un KmsKeyId nécessite que Encrypted soit à true.</translation>
    </message>
    <message>
        <source>Turn Encrypted on, or remove the key to import unencrypted.</source>
        <translation>Activez Encrypted, ou retirez la clé pour importer sans chiffrement.</translation>
    </message>
    <message>
        <source>The ClientToken is empty.</source>
        <translation>Le ClientToken est vide.</translation>
    </message>
    <message>
        <source>Leave it unset: the app makes one per import and keeps it.</source>
        <translation>Laissez-le non défini&#xa0;: l&apos;application en crée un par importation et le conserve.</translation>
    </message>
    <message>
        <source>A ClientToken is at most 64 printable ASCII characters.</source>
        <translation>Un ClientToken comporte au plus 64 caractères ASCII imprimables.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IAM role name (1 to 64 letters, digits and _+=,.@-).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de rôle IAM (1 à 64 lettres, chiffres et _+=,.@-).</translation>
    </message>
    <message>
        <source>Give the role&apos;s name, not its ARN; unset means &quot;vmimport&quot;.</source>
        <translation>Indiquez le nom du rôle, pas son ARN&#xa0;; sans valeur, c&apos;est «&#xa0;vmimport&#xa0;».</translation>
    </message>
    <message>
        <source>The upload ends before it starts.</source>
        <translation>Le chargement se termine avant de commencer.</translation>
    </message>
    <message>
        <source>UploadStart must not be after UploadEnd.</source>
        <translation>UploadStart ne doit pas être postérieur à UploadEnd.</translation>
    </message>
    <message>
        <source>The upload size cannot be negative.</source>
        <translation>La taille du chargement ne peut pas être négative.</translation>
    </message>
    <message>
        <source>%1 must be %2, not &quot;%3&quot;.</source>
        <translation>%1 doit valoir %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>vmi::ImageBuilderRules</name>
    <message>
        <source>ImportDiskImage needs %1.</source>
        <translation>ImportDiskImage nécessite %1.</translation>
    </message>
    <message>
        <source>ImportDiskImage needs the ISO: a local file to upload, or its s3:// uri.</source>
        <translation>ImportDiskImage nécessite l&apos;ISO&#xa0;: un fichier local à charger, ou son URI s3://.</translation>
    </message>
    <message>
        <source>An image name has 3 to 128 letters, digits, &apos;-&apos;, &apos;_&apos; and inner spaces.</source>
        <translation>Un nom d&apos;image comporte de 3 à 128 lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et espaces intérieures.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version MAJOR.MINOR.PATCH.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une version sémantique MAJEURE.MINEURE.CORRECTIF.</translation>
    </message>
    <message>
        <source>For example 1.0.0.</source>
        <translation>Par exemple 1.0.0.</translation>
    </message>
    <message>
        <source>A description has 1 to 1024 characters.</source>
        <translation>Une description comporte de 1 à 1024 caractères.</translation>
    </message>
    <message>
        <source>ImportDiskImage takes platform Windows, not &quot;%1&quot;.</source>
        <translation>ImportDiskImage accepte la plateforme Windows, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>ImportDiskImage takes osVersion &quot;Microsoft Windows 11&quot;, not &quot;%1&quot;.</source>
        <translation>ImportDiskImage accepte l&apos;osVersion «&#xa0;Microsoft Windows 11&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Image Builder imports Windows 11 Enterprise ISOs only.</source>
        <translation>Image Builder n&apos;importe que des ISO de Windows 11 Entreprise.</translation>
    </message>
    <message>
        <source>A clientToken has 1 to 64 characters.</source>
        <translation>Un clientToken comporte de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>Leave it unset: the app makes one per import and keeps it.</source>
        <translation>Laissez-le non défini&#xa0;: l&apos;application en crée un par importation et le conserve.</translation>
    </message>
    <message>
        <source>A log group name has 1 to 512 letters, digits and - _ / .</source>
        <translation>Un nom de groupe de journaux comporte de 1 à 512 lettres, chiffres et - _ / .</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an infrastructure configuration ARN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;ARN d&apos;une configuration d&apos;infrastructure.</translation>
    </message>
    <message>
        <source>It looks like arn:aws:imagebuilder:REGION:ACCOUNT:infrastructure-configuration/NAME.</source>
        <translation>Il a la forme arn:aws:imagebuilder:REGION:ACCOUNT:infrastructure-configuration/NAME.</translation>
    </message>
    <message>
        <source>The infrastructure configuration is in the %1 partition, not %2.</source>
        <translation>La configuration d&apos;infrastructure se trouve dans la partition %1, pas %2.</translation>
    </message>
    <message>
        <source>The infrastructure configuration is in %1, but the import runs in %2.</source>
        <translation>La configuration d&apos;infrastructure se trouve dans %1, mais l&apos;importation s&apos;exécute dans %2.</translation>
    </message>
    <message>
        <source>Use an infrastructure configuration of %1.</source>
        <translation>Utilisez une configuration d&apos;infrastructure de %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IAM role name or role ARN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom de rôle IAM ni un ARN de rôle.</translation>
    </message>
    <message>
        <source>The role is in the %1 partition, not %2.</source>
        <translation>Le rôle se trouve dans la partition %1, pas %2.</translation>
    </message>
    <message>
        <source>The uri must be an S3 URI: s3://BUCKET/KEY.</source>
        <translation>L&apos;uri doit être un URI S3&#xa0;: s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>Write s3://BUCKET/KEY.</source>
        <translation>Écrivez s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>The ISO has no bucket to be uploaded to.</source>
        <translation>L&apos;ISO n&apos;a aucun compartiment où être chargé.</translation>
    </message>
    <message>
        <source>Set the upload bucket, or the uri.</source>
        <translation>Définissez le compartiment de chargement, ou l&apos;uri.</translation>
    </message>
    <message>
        <source>ImportDiskImage takes a Windows ISO; this file is %1.</source>
        <translation>ImportDiskImage attend un ISO Windows&#xa0;; ce fichier n&apos;en est pas un (%1).</translation>
    </message>
    <message>
        <source>not an ISO</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>Disk images go to EC2&apos;s ImportImage or ImportSnapshot.</source>
        <translation>Les images disque passent par ImportImage ou ImportSnapshot d&apos;EC2.</translation>
    </message>
    <message>
        <source>uefiData has at most 64000 characters.</source>
        <translation>uefiData comporte au plus 64000 caractères.</translation>
    </message>
    <message>
        <source>uefiData must be Base64.</source>
        <translation>uefiData doit être encodé en Base64.</translation>
    </message>
    <message>
        <source>python-uefivars makes it from a UEFI variable store.</source>
        <translation>python-uefivars le produit à partir d&apos;un magasin de variables UEFI.</translation>
    </message>
    <message>
        <source>uefiData can be given only when Secure Boot is on or unset.</source>
        <translation>uefiData ne peut être fourni que si Secure Boot est activé ou non défini.</translation>
    </message>
    <message>
        <source>Remove uefiData, or turn secureBootEnabled on.</source>
        <translation>Retirez uefiData, ou activez secureBootEnabled.</translation>
    </message>
    <message>
        <source>windowsConfiguration needs imageIndex.</source>
        <translation>windowsConfiguration nécessite imageIndex.</translation>
    </message>
    <message>
        <source>The 1-based index of the Windows edition in the ISO&apos;s install.wim.</source>
        <translation>L&apos;index (à partir de 1) de l&apos;édition de Windows dans le fichier install.wim de l&apos;ISO.</translation>
    </message>
    <message>
        <source>imageIndex is 1 to 4294967295.</source>
        <translation>imageIndex est compris entre 1 et 4294967295.</translation>
    </message>
</context>
<context>
    <name>vmi::ImportFailureAdvice</name>
    <message>
        <source>Create the service role (vmimport by default) with a trust policy for vmie.amazonaws.com and a policy that reads the bucket; a new role can take a minute to be usable.</source>
        <translation>Créez le rôle de service (vmimport par défaut) avec une stratégie d&apos;approbation pour vmie.amazonaws.com et une stratégie qui permet de lire le compartiment&#xa0;; un nouveau rôle peut mettre une minute à devenir utilisable.</translation>
    </message>
    <message>
        <source>The service role cannot read the uploaded object: allow s3:GetObject on the bucket in the role&apos;s policy (and kms:Decrypt for SSE-KMS objects).</source>
        <translation>Le rôle de service ne peut pas lire l&apos;objet chargé&#xa0;: autorisez s3:GetObject sur le compartiment dans la stratégie du rôle (et kms:Decrypt pour les objets SSE-KMS).</translation>
    </message>
    <message>
        <source>Convert the disk to a stream-optimized VMDK (qemu-img convert -O vmdk -o subformat=streamOptimized) and import it again.</source>
        <translation>Convertissez le disque en VMDK optimisé pour le flux (qemu-img convert -O vmdk -o subformat=streamOptimized) et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Export the VM again as an OVA with single-file disks.</source>
        <translation>Exportez de nouveau la machine virtuelle en OVA avec des disques en un seul fichier.</translation>
    </message>
    <message>
        <source>The disk format given does not match the file or is not accepted by this import: check the format, or use ImportImage instead of ImportSnapshot.</source>
        <translation>Le format de disque indiqué ne correspond pas au fichier ou n&apos;est pas accepté par cette importation&#xa0;: vérifiez le format, ou utilisez ImportImage au lieu d&apos;ImportSnapshot.</translation>
    </message>
    <message>
        <source>VM Import did not recognise the operating system: use a supported OS and layout, or import the disk with ImportSnapshot and register an AMI from it.</source>
        <translation>VM Import n&apos;a pas reconnu le système d&apos;exploitation&#xa0;: utilisez un OS et une disposition pris en charge, ou importez le disque avec ImportSnapshot et enregistrez une AMI à partir de celui-ci.</translation>
    </message>
    <message>
        <source>Install a kernel listed as supported for your distribution, then export and import the disk again.</source>
        <translation>Installez un noyau indiqué comme pris en charge pour votre distribution, puis exportez et importez de nouveau le disque.</translation>
    </message>
    <message>
        <source>The VHD is differencing or damaged: merge it into a fixed or dynamic VHD and upload it again.</source>
        <translation>Le VHD est de différenciation ou endommagé&#xa0;: fusionnez-le en un VHD fixe ou dynamique et chargez-le de nouveau.</translation>
    </message>
    <message>
        <source>The uploaded disk is damaged: check the local file and upload it again.</source>
        <translation>Le disque chargé est endommagé&#xa0;: vérifiez le fichier local et chargez-le de nouveau.</translation>
    </message>
    <message>
        <source>The disk has no partition table VM Import can read: check that the right disk was exported.</source>
        <translation>Le disque n&apos;a aucune table de partitions lisible par VM Import&#xa0;: vérifiez que le bon disque a été exporté.</translation>
    </message>
    <message>
        <source>Upload to a bucket in the Region you import into.</source>
        <translation>Chargez dans un compartiment de la Région où vous importez.</translation>
    </message>
    <message>
        <source>Check the bucket and key of the disk in S3.</source>
        <translation>Vérifiez le compartiment et la clé du disque dans S3.</translation>
    </message>
</context>
<context>
    <name>vmi::JobRecord</name>
    <message>
        <source>The import task ended with status %1.</source>
        <translation>La tâche d&apos;importation s&apos;est terminée avec l&apos;état %1.</translation>
    </message>
    <message>
        <source>the job has no id</source>
        <translation>l&apos;importation n&apos;a pas d&apos;ID</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>opération inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>état inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown submit outcome &apos;%1&apos;</source>
        <translation>résultat d&apos;envoi inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown failed step &apos;%1&apos;</source>
        <translation>étape en échec inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>vmi::KmsKeyRule</name>
    <message>
        <source>The KMS key is empty.</source>
        <translation>La clé KMS est vide.</translation>
    </message>
    <message>
        <source>Leave it unset for the default EBS key, or name a key.</source>
        <translation>Laissez-la non définie pour utiliser la clé EBS par défaut, ou indiquez une clé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KMS key id, alias, key ARN or alias ARN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un ID de clé KMS, ni un alias, ni un ARN de clé, ni un ARN d&apos;alias.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KMS key ARN or alias ARN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un ARN de clé KMS ni un ARN d&apos;alias.</translation>
    </message>
    <message>
        <source>The key is in the %1 partition, but the Region %2 is in %3.</source>
        <translation>La clé se trouve dans la partition %1, mais la Région %2 est dans %3.</translation>
    </message>
    <message>
        <source>Use a key of the import&apos;s Region.</source>
        <translation>Utilisez une clé de la Région de l&apos;importation.</translation>
    </message>
    <message>
        <source>The key is in %1, but the import runs in %2: the key must be in the import&apos;s Region.</source>
        <translation>La clé se trouve dans %1, mais l&apos;importation s&apos;exécute dans %2&#xa0;: la clé doit se trouver dans la Région de l&apos;importation.</translation>
    </message>
    <message>
        <source>Use a key in %1, or import in %2.</source>
        <translation>Utilisez une clé de %1, ou importez dans %2.</translation>
    </message>
    <message>
        <source>Use a key id (1234abcd-12ab-34cd-56ef-1234567890ab), an alias (alias/my-key), a key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID) or an alias ARN (arn:aws:kms:REGION:ACCOUNT:alias/my-key).</source>
        <translation>Utilisez un ID de clé (1234abcd-12ab-34cd-56ef-1234567890ab), un alias (alias/my-key), un ARN de clé (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID) ou un ARN d&apos;alias (arn:aws:kms:REGION:ACCOUNT:alias/my-key).</translation>
    </message>
</context>
<context>
    <name>vmi::PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>impossible de créer son dossier</translation>
    </message>
</context>
<context>
    <name>vmi::ProfileJson</name>
    <message>
        <source>DiskContainers[%1].Url: the presigned URL&apos;s signature and credentials are not saved; sign it again before the import, or use an s3:// URL.</source>
        <translation>DiskContainers[%1].Url&#xa0;: la signature et les informations d&apos;identification de l&apos;URL présignée ne sont pas enregistrées&#xa0;; signez-la de nouveau avant l&apos;importation, ou utilisez une URL s3://.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>Le fichier n&apos;est pas un JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The file holds no JSON object.</source>
        <translation>Le fichier ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>The file has no valid schemaVersion: it is not a profile.</source>
        <translation>Le fichier n&apos;a pas de schemaVersion valide&#xa0;: ce n&apos;est pas un profil.</translation>
    </message>
    <message>
        <source>A newer version of the app wrote this profile (schema %1; this version reads schema %2).</source>
        <translation>Ce profil a été écrit par une version plus récente de l&apos;application (schéma %1&#xa0;; cette version lit le schéma %2).</translation>
    </message>
    <message>
        <source>Open it with a newer version; this one leaves the file as it is.</source>
        <translation>Ouvrez-le avec une version plus récente&#xa0;; celle-ci ne modifie pas le fichier.</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>Le profil n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The operation must be ImportImage, ImportSnapshot or ImportDiskImage.</source>
        <translation>L&apos;opération doit être ImportImage, ImportSnapshot ou ImportDiskImage.</translation>
    </message>
    <message>
        <source>The profile has no request.</source>
        <translation>Le profil ne contient aucune demande.</translation>
    </message>
    <message>
        <source>The bandwidth limit is bytes per second: 0 (no limit) or more.</source>
        <translation>La limite de bande passante s&apos;exprime en octets par seconde&#xa0;: 0 (aucune limite) ou plus.</translation>
    </message>
    <message>
        <source>The concurrency is out of range.</source>
        <translation>Le niveau de parallélisme est hors limites.</translation>
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
        <translation>Retirez-le, ou vérifiez son orthographe&#xa0;: les noms de membres sont sensibles à la casse.</translation>
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
        <translation>Utilisez le format ISO 8601, par exemple 2024-01-02T03:04:05Z, ou un nombre de secondes depuis 1970.</translation>
    </message>
</context>
<context>
    <name>vmi::S3Names</name>
    <message>
        <source>A bucket name has 3 to 63 characters.</source>
        <translation>Un nom de compartiment comporte de 3 à 63 caractères.</translation>
    </message>
    <message>
        <source>A bucket name has only lower-case letters, digits, dots and hyphens.</source>
        <translation>Un nom de compartiment ne contient que des lettres minuscules, des chiffres, des points et des traits d&apos;union.</translation>
    </message>
    <message>
        <source>A bucket name begins and ends with a letter or a digit.</source>
        <translation>Un nom de compartiment commence et se termine par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A bucket name has no two dots in a row.</source>
        <translation>Un nom de compartiment ne contient jamais deux points consécutifs.</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>Un nom de compartiment ne peut pas ressembler à une adresse IP.</translation>
    </message>
    <message>
        <source>Bucket names beginning with &quot;%1&quot; are reserved.</source>
        <translation>Les noms de compartiment commençant par «&#xa0;%1&#xa0;» sont réservés.</translation>
    </message>
    <message>
        <source>Bucket names ending with &quot;%1&quot; are reserved.</source>
        <translation>Les noms de compartiment se terminant par «&#xa0;%1&#xa0;» sont réservés.</translation>
    </message>
    <message>
        <source>The object key is empty.</source>
        <translation>La clé de l&apos;objet est vide.</translation>
    </message>
    <message>
        <source>An object key is at most 1024 bytes of UTF-8; this one has %1.</source>
        <translation>Une clé d&apos;objet fait au plus 1024 octets en UTF-8&#xa0;; celle-ci en fait %1.</translation>
    </message>
</context>
<context>
    <name>vmi::TagRules</name>
    <message>
        <source>A tag specification needs a ResourceType.</source>
        <translation>Une spécification de balises nécessite un ResourceType.</translation>
    </message>
    <message>
        <source>Use %1: the tags go on the import task.</source>
        <translation>Utilisez %1&#xa0;: les balises s&apos;appliquent à la tâche d&apos;importation.</translation>
    </message>
    <message>
        <source>%1 tags only its task: the ResourceType must be %2, not %3.</source>
        <translation>%1 ne balise que sa tâche&#xa0;: le ResourceType doit être %2, pas %3.</translation>
    </message>
    <message>
        <source>To tag the AMI or snapshots, tag them after the import finishes.</source>
        <translation>Pour baliser l&apos;AMI ou les instantanés, balisez-les une fois l&apos;importation terminée.</translation>
    </message>
    <message>
        <source>There is already a tag specification for %1.</source>
        <translation>Il existe déjà une spécification de balises pour %1.</translation>
    </message>
    <message>
        <source>Put all tags into one specification.</source>
        <translation>Regroupez toutes les balises dans une seule spécification.</translation>
    </message>
    <message>
        <source>The tag specification has no tags.</source>
        <translation>La spécification de balises ne contient aucune balise.</translation>
    </message>
    <message>
        <source>Add tags or remove it.</source>
        <translation>Ajoutez des balises ou supprimez-la.</translation>
    </message>
    <message>
        <source>At most %1 tags; there are %2.</source>
        <translation>Au plus %1 balises&#xa0;; il y en a %2.</translation>
    </message>
    <message>
        <source>A tag needs a key.</source>
        <translation>Une balise doit avoir une clé.</translation>
    </message>
    <message>
        <source>A tag key has at most %1 characters; this one has %2.</source>
        <translation>Une clé de balise comporte au plus %1 caractères&#xa0;; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>Tag keys starting with &quot;aws:&quot; are reserved for AWS.</source>
        <translation>Les clés de balise commençant par «&#xa0;aws:&#xa0;» sont réservées à AWS.</translation>
    </message>
    <message>
        <source>Image Builder tag keys have only letters, digits, spaces and _ . : / = + - @.</source>
        <translation>Les clés de balise Image Builder ne contiennent que des lettres, des chiffres, des espaces et _ .&#xa0;: / = + - @.</translation>
    </message>
    <message>
        <source>A tag value has at most %1 characters; this one has %2.</source>
        <translation>Une valeur de balise comporte au plus %1 caractères&#xa0;; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is given twice.</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» est indiquée deux fois.</translation>
    </message>
</context>
<context>
    <name>vmi::TagTableModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Instantané</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Message d&apos;état</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Fin estimée</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>vmi::UploadRules</name>
    <message>
        <source>No disk belongs to this file; it is not uploaded.</source>
        <translation>Aucun disque ne correspond à ce fichier&#xa0;; il n&apos;est pas chargé.</translation>
    </message>
    <message>
        <source>Add a disk for it, or remove it.</source>
        <translation>Ajoutez-lui un disque, ou retirez-le.</translation>
    </message>
    <message>
        <source>S3 parts are 5 MiB to 5 GiB.</source>
        <translation>Les parties S3 font de 5 Mio à 5 Gio.</translation>
    </message>
    <message>
        <source>Or leave the part size at 0 to have it chosen from the file size.</source>
        <translation>Ou laissez la taille des parties à 0 pour qu&apos;elle soit choisie d&apos;après la taille du fichier.</translation>
    </message>
    <message>
        <source>%1 needs more than 10,000 parts of this size.</source>
        <translation>%1 nécessite plus de 10 000 parties de cette taille.</translation>
    </message>
    <message>
        <source>Use parts of at least %1 MiB, or 0 to choose automatically.</source>
        <translation>Utilisez des parties d&apos;au moins %1 Mio, ou 0 pour un choix automatique.</translation>
    </message>
    <message>
        <source>The number of parts in flight cannot be negative.</source>
        <translation>Le nombre de parties en parallèle ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 parts in flight hold %1 parts in memory; more than %2 rarely helps.</source>
        <translation>%1 parties en parallèle gardent %1 parties en mémoire&#xa0;; au-delà de %2, c&apos;est rarement utile.</translation>
    </message>
    <message>
        <source>Objects in %1 must be restored before anyone can read them; the import cannot.</source>
        <translation>Les objets de la classe %1 doivent être restaurés avant de pouvoir être lus&#xa0;; l&apos;importation ne le peut pas.</translation>
    </message>
    <message>
        <source>Use STANDARD: the disk is read once and can be deleted after the import.</source>
        <translation>Utilisez STANDARD&#xa0;: le disque est lu une seule fois et peut être supprimé après l&apos;importation.</translation>
    </message>
    <message>
        <source>%1 is not a storage class of a general purpose bucket.</source>
        <translation>%1 n&apos;est pas une classe de stockage d&apos;un compartiment à usage général.</translation>
    </message>
    <message>
        <source>Use STANDARD.</source>
        <translation>Utilisez STANDARD.</translation>
    </message>
    <message>
        <source>AWS recommends against REDUCED_REDUNDANCY; it costs more than STANDARD.</source>
        <translation>AWS déconseille REDUCED_REDUNDANCY&#xa0;; cette classe coûte plus cher que STANDARD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an S3 storage class.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une classe de stockage S3.</translation>
    </message>
    <message>
        <source>For example STANDARD or INTELLIGENT_TIERING.</source>
        <translation>Par exemple STANDARD ou INTELLIGENT_TIERING.</translation>
    </message>
    <message>
        <source>Server-side encryption is AES256, aws:kms or aws:kms:dsse, not &quot;%1&quot;.</source>
        <translation>Le chiffrement côté serveur est AES256, aws:kms ou aws:kms:dsse, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A KMS key needs aws:kms or aws:kms:dsse encryption.</source>
        <translation>Une clé KMS nécessite le chiffrement aws:kms ou aws:kms:dsse.</translation>
    </message>
    <message>
        <source>Set the server-side encryption to aws:kms.</source>
        <translation>Définissez le chiffrement côté serveur sur aws:kms.</translation>
    </message>
    <message>
        <source>The vmimport role needs kms:Decrypt on the upload&apos;s KMS key to read the disk.</source>
        <translation>Le rôle vmimport a besoin de kms:Decrypt sur la clé KMS du chargement pour lire le disque.</translation>
    </message>
    <message>
        <source>The checksum must be one of %1, not &quot;%2&quot;.</source>
        <translation>La somme de contrôle doit être l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This app checks every uploaded part with CRC32C; %1 is not used.</source>
        <translation>Cette application vérifie chaque partie chargée avec CRC32C&#xa0;; %1 n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>Choose CRC32C, or leave the checksum at the app&apos;s default.</source>
        <translation>Choisissez CRC32C, ou laissez la somme de contrôle à la valeur par défaut de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>vmi::Validator</name>
    <message>
        <source>Choose the Region to import into.</source>
        <translation>Choisissez la Région où importer.</translation>
    </message>
    <message>
        <source>The bucket, the KMS keys and the import all live in one Region.</source>
        <translation>Le compartiment, les clés KMS et l&apos;importation se trouvent tous dans la même Région.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS Region name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de Région AWS.</translation>
    </message>
    <message>
        <source>For example eu-west-1 or us-east-1.</source>
        <translation>Par exemple eu-west-1 ou us-east-1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS profile name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de profil AWS.</translation>
    </message>
    <message>
        <source>Use the name of a [profile NAME] section of ~/.aws/config, or leave it empty.</source>
        <translation>Utilisez le nom d&apos;une section [profile NOM] de ~/.aws/config, ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>vmi::aws::AssumeRoleProvider</name>
    <message>
        <source>Could not get the credentials to assume role %1 with (profile &quot;%2&quot;): %3</source>
        <translation>Impossible d&apos;obtenir les informations d&apos;identification permettant d&apos;endosser le rôle %1 (profil «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not assume role %1 for profile &quot;%2&quot;: %3</source>
        <translation>Impossible d&apos;endosser le rôle %1 pour le profil «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>vmi::aws::ClientConfigReader</name>
    <message>
        <source>AWS_MAX_ATTEMPTS must be a whole number from 1 up, not &quot;%1&quot;.</source>
        <translation>AWS_MAX_ATTEMPTS doit être un nombre entier à partir de 1, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>max_attempts in profile &quot;%1&quot; must be a whole number from 1 up, not &quot;%2&quot;.</source>
        <translation>max_attempts dans le profil «&#xa0;%1&#xa0;» doit être un nombre entier à partir de 1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>vmi::aws::CredentialChain</name>
    <message>
        <source>Profile &quot;%1&quot; has no keys in the AWS files and no keychain was given to look in.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas de clés dans les fichiers AWS, et aucun trousseau n&apos;a été fourni pour en chercher.</translation>
    </message>
    <message>
        <source>The credential plan has no base credentials.</source>
        <translation>Le plan d&apos;identification n&apos;a pas d&apos;informations d&apos;identification de base.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role but the plan names none.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» endosse un rôle, mais le plan n&apos;en indique aucun.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role, but no network access was given to call STS with.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» endosse un rôle, mais aucun accès réseau n&apos;a été fourni pour appeler STS.</translation>
    </message>
</context>
<context>
    <name>vmi::aws::CredentialPlanner</name>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>Le profil AWS «&#xa0;%1&#xa0;» ne figure ni dans %2 ni dans %3.</translation>
    </message>
    <message>
        <source>The profiles&apos; source_profile settings form a loop through &quot;%1&quot;.</source>
        <translation>Les paramètres source_profile des profils forment une boucle passant par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses credential_source, which this app does not support; use source_profile instead.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» utilise credential_source, que cette application ne prend pas en charge&#xa0;; utilisez plutôt source_profile.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has role_arn but no source_profile to assume it with.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a un role_arn mais pas de source_profile avec lequel l&apos;endosser.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names source_profile &quot;%2&quot;, which is in neither the config nor the credentials file.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» indique le source_profile «&#xa0;%2&#xa0;», qui ne figure ni dans le fichier config ni dans le fichier credentials.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: duration_seconds must be a number from 900 to 43200.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: duration_seconds doit être un nombre de 900 à 43200.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has only one of aws_access_key_id and aws_secret_access_key.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a qu&apos;un seul des deux paramètres aws_access_key_id et aws_secret_access_key.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; signs in through IAM Identity Center (%2), which vmimport cannot do yet. After `aws sso login --profile %1`, use a profile with credential_process = aws configure export-credentials --profile %1 --format process</source>
        <translation>Le profil «&#xa0;%1&#xa0;» se connecte par IAM Identity Center (%2), ce que vmimport ne sait pas encore faire. Après `aws sso login --profile %1`, utilisez un profil avec credential_process = aws configure export-credentials --profile %1 --format process</translation>
    </message>
</context>
<context>
    <name>vmi::aws::KeychainCredentialProvider</name>
    <message>
        <source>No keychain store was given to read the keys of profile &quot;%1&quot; from.</source>
        <translation>Aucun trousseau n&apos;a été fourni pour y lire les clés du profil «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>vmi::aws::KeychainStore</name>
    <message>
        <source>No OS keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running); VM Import Wizard never stores keys in a plain file. (%1)</source>
        <translation>Aucun trousseau du système n&apos;est disponible (sous Linux, un service Secret Service tel que GNOME Keyring ou KWallet doit être en cours d&apos;exécution)&#xa0;; VM Import Wizard n&apos;enregistre jamais de clés dans un fichier en clair. (%1)</translation>
    </message>
    <message>
        <source>No AWS keys are stored in the keychain for profile &quot;%1&quot;.</source>
        <translation>Aucune clé AWS n&apos;est enregistrée dans le trousseau pour le profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The keychain refused access to the keys of profile &quot;%1&quot; (is it locked?): %2</source>
        <translation>Le trousseau a refusé l&apos;accès aux clés du profil «&#xa0;%1&#xa0;» (est-il verrouillé&#xa0;?)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keychain failed for profile &quot;%1&quot;: %2</source>
        <translation>Erreur du trousseau pour le profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keychain entry of profile &quot;%1&quot; is not one this app wrote; enter the keys again.</source>
        <translation>L&apos;entrée du trousseau du profil «&#xa0;%1&#xa0;» n&apos;a pas été écrite par cette application&#xa0;; saisissez de nouveau les clés.</translation>
    </message>
</context>
<context>
    <name>vmi::aws::RefreshingCredentialProvider</name>
    <message>
        <source>Credentials were refreshed, but the refreshed credentials are still expired (Expiration %1).</source>
        <translation>Les informations d&apos;identification ont été actualisées, mais elles sont toujours expirées (Expiration %1).</translation>
    </message>
</context>
<context>
    <name>vmi::aws::SharedConfig</name>
    <message>
        <source>line %1: expected &quot;key = value&quot; in the block under &quot;%2&quot;</source>
        <translation>ligne %1&#xa0;: «&#xa0;clé = valeur&#xa0;» attendu dans le bloc sous «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>line %1: a section header must end with &quot;]&quot;</source>
        <translation>ligne %1&#xa0;: un en-tête de section doit se terminer par «&#xa0;]&#xa0;»</translation>
    </message>
    <message>
        <source>line %1: a setting outside any [section]</source>
        <translation>ligne %1&#xa0;: paramètre en dehors de toute [section]</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;</source>
        <translation>ligne %1&#xa0;: «&#xa0;clé = valeur&#xa0;» attendu</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vmi::aws::StsClientAssumeRoleCaller</name>
    <message>
        <source>STS AssumeRole answered without complete credentials.</source>
        <translation>STS AssumeRole a répondu sans informations d&apos;identification complètes.</translation>
    </message>
</context>
<context>
    <name>vmi::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>correction&#xa0;:</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>task:</source>
        <translation>tâche&#xa0;:</translation>
    </message>
    <message>
        <source>region:</source>
        <translation>région&#xa0;:</translation>
    </message>
    <message>
        <source>submit:</source>
        <translation>envoi&#xa0;:</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>erreur&#xa0;:</translation>
    </message>
    <message>
        <source>no job &apos;%1&apos;</source>
        <translation>aucune importation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one job</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs importations</translation>
    </message>
    <message>
        <source>cannot open the job folder %1</source>
        <translation>impossible d&apos;ouvrir le dossier des importations %1</translation>
    </message>
    <message>
        <source>left alone: %1: %2</source>
        <translation>ignoré&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Also the finished jobs.</source>
        <translation>Inclure aussi les importations terminées.</translation>
    </message>
    <message>
        <source>Keep monitoring until every job shown has ended.</source>
        <translation>Continuer le suivi jusqu&apos;à la fin de toutes les importations affichées.</translation>
    </message>
    <message>
        <source>--output takes text or json</source>
        <translation>--output accepte text ou json</translation>
    </message>
    <message>
        <source>Cancelling %1: AWS is stopping the task (%2).</source>
        <translation>Annulation de %1&#xa0;: AWS arrête la tâche (%2).</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>Importation %1 annulée.</translation>
    </message>
    <message>
        <source>jobs takes no arguments</source>
        <translation>jobs n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>status takes at most one job id</source>
        <translation>status accepte au plus un ID d&apos;importation</translation>
    </message>
    <message>
        <source>cancel takes one job id</source>
        <translation>cancel attend un ID d&apos;importation</translation>
    </message>
    <message>
        <source>job %1 has already ended (%2)</source>
        <translation>l&apos;importation %1 est déjà terminée (%2)</translation>
    </message>
    <message>
        <source>Unable to load paramfile %1: %2</source>
        <translation>Unable to load paramfile %1: %2</translation>
    </message>
    <message>
        <source>job %1 has already completed its import; only its last steps are left</source>
        <translation>l’importation %1 est déjà terminée&#xa0;; il ne reste que ses dernières étapes</translation>
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
        <translation>Utilisation&#xa0;: vmimport [--version] [--help] &lt;commande&gt; [options]

Transfère des disques de machines virtuelles dans AWS&#xa0;: EC2 ImportImage, ImportSnapshot et
Image Builder ImportDiskImage.

Commandes&#xa0;:
  inspect FICHIER... [--output json]   nature de chaque image disque et importations qui l&apos;acceptent
  validate PROFIL.json [--output json]   vérifier un profil avant d&apos;importer
  profiles list|show|import|export [--output json]   profils d&apos;importation enregistrés
  run PROFIL.json [--wait] [--output json]   lancer une importation&#xa0;: chargement, envoi, suivi
  resume [ID] [--wait] [--output json]   poursuivre les importations inachevées après un arrêt
  retry ID [--wait] [--output json]   relancer une importation échouée à partir de l’étape qui a échoué
  jobs [--output json]   les importations de cette application
  status [ID] [--all] [--watch] [--output json]   où en sont les importations dans AWS
  cancel ID   annuler la tâche AWS d&apos;une importation
  s3 cp FICHIER s3://BUCKET/KEY [--resume] ...
                                    chargement partitionné avec reprise et sommes de contrôle

Commandes compatibles avec l&apos;AWS CLI (même --cli-input-json, même demande, même sortie JSON)&#xa0;:
  ec2 import-image | import-snapshot | describe-import-image-tasks |
      describe-import-snapshot-tasks | cancel-import-task | ...
  imagebuilder import-disk-image | get-image | cancel-image-creation | ...
  sts get-caller-identity, iam get-role, kms describe-key, ...
  Exécutez «&#xa0;vmimport &lt;commande&gt; help&#xa0;» pour les opérations d&apos;un service.
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
        <translation>Opérations de vmimport %1 (entrée comme avec --cli-input-json de l&apos;AWS CLI)&#xa0;:</translation>
    </message>
    <message>
        <source>Calls %1. Options (or the same members in --cli-input-json):</source>
        <translation>Appelle %1. Options (ou les mêmes membres dans --cli-input-json)&#xa0;:</translation>
    </message>
    <message>
        <source> required</source>
        <translation> obligatoire</translation>
    </message>
    <message>
        <source>Global options: --region, --profile, --endpoint-url, --output json, --debug, --no-paginate,
  --cli-input-json JSON|file://name.json, --generate-cli-skeleton [input|output],
  --cli-read-timeout SECONDS, --ca-bundle FILE.pem</source>
        <translation>Options globales&#xa0;: --region, --profile, --endpoint-url, --output json, --debug, --no-paginate,
  --cli-input-json JSON|file://nom.json, --generate-cli-skeleton [input|output],
  --cli-read-timeout SECONDES, --ca-bundle FICHIER.pem</translation>
    </message>
    <message>
        <source>Unable to locate credentials. You can configure credentials by running &quot;aws configure&quot;.</source>
        <translation>Unable to locate credentials. You can configure credentials by running &quot;aws configure&quot;.</translation>
    </message>
    <message>
        <source>(vmimport also looked in the OS keychain: %1)</source>
        <translation>(vmimport a aussi cherché dans le trousseau du système&#xa0;: %1)</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>format&#xa0;:</translation>
    </message>
    <message>
        <source>virtual size:</source>
        <translation>taille virtuelle&#xa0;:</translation>
    </message>
    <message>
        <source>file size:</source>
        <translation>taille du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>partition table:</source>
        <translation>table de partitions&#xa0;:</translation>
    </message>
    <message>
        <source>boot mode hint:</source>
        <translation>mode de démarrage suggéré&#xa0;:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>ImportImage: %1, ImportSnapshot: %2, ImportDiskImage: %3</source>
        <translation>ImportImage&#xa0;: %1, ImportSnapshot&#xa0;: %2, ImportDiskImage&#xa0;: %3</translation>
    </message>
    <message>
        <source>contains:</source>
        <translation>contenu&#xa0;:</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>correction&#xa0;:</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>Disk images to inspect.</source>
        <translation>Images disque à inspecter.</translation>
    </message>
    <message>
        <source>--output must be text or json, not &apos;%1&apos;</source>
        <translation>--output doit valoir text ou json, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>name at least one disk image: vmimport inspect FILE...</source>
        <translation>indiquez au moins une image disque&#xa0;: vmimport inspect FICHIER...</translation>
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
        <translation>JSON non valide&#xa0;: %1. vmimport attend du JSON (ou file://nom.json) pour les structures et les listes&#xa0;; la syntaxe abrégée de l&apos;AWS CLI n&apos;est pas prise en charge.</translation>
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
        <translation>vmimport n&apos;affiche que du JSON&#xa0;: --output %1 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>Error parsing parameter &apos;--cli-read-timeout&apos;: not a number of seconds from 0 to 86400: %1</source>
        <translation>Error parsing parameter &apos;--cli-read-timeout&apos;: not a number of seconds from 0 to 86400: %1</translation>
    </message>
</context>
<context>
    <name>vmi::cli::ProfilesCommand</name>
    <message>
        <source>No profiles in %1.</source>
        <translation>Aucun profil dans %1.</translation>
    </message>
    <message>
        <source>cannot be used: %1 (%2)</source>
        <translation>inutilisable&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(aucune région)</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>nom&#xa0;:</translation>
    </message>
    <message>
        <source>operation:</source>
        <translation>opération&#xa0;:</translation>
    </message>
    <message>
        <source>region:</source>
        <translation>région&#xa0;:</translation>
    </message>
    <message>
        <source>AWS profile:</source>
        <translation>profil AWS&#xa0;:</translation>
    </message>
    <message>
        <source>upload to:</source>
        <translation>chargement vers&#xa0;:</translation>
    </message>
    <message>
        <source>local file %1:</source>
        <translation>fichier local %1&#xa0;:</translation>
    </message>
    <message>
        <source>request:</source>
        <translation>demande&#xa0;:</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2).</source>
        <translation>«&#xa0;%1&#xa0;» importé (%2).</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>usage: vmimport profiles list | show NAME | import FILE [--name NAME] [--operation OPERATION] | export NAME [FILE]   [--output text|json]</source>
        <translation>utilisation&#xa0;: vmimport profiles list | show NOM | import FICHIER [--name NOM] [--operation OPÉRATION] | export NOM [FICHIER]   [--output text|json]</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>The imported profile&apos;s name.</source>
        <translation>Le nom du profil importé.</translation>
    </message>
    <message>
        <source>ImportImage, ImportSnapshot or ImportDiskImage.</source>
        <translation>ImportImage, ImportSnapshot ou ImportDiskImage.</translation>
    </message>
    <message>
        <source>--output must be text or json, not &apos;%1&apos;</source>
        <translation>--output doit valoir text ou json, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--name and --operation go with import only.</source>
        <translation>--name et --operation ne s&apos;utilisent qu&apos;avec import.</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>opération inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>name a subcommand.</source>
        <translation>indiquez une sous-commande.</translation>
    </message>
    <message>
        <source>wrong arguments for &apos;%1&apos;.</source>
        <translation>arguments incorrects pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--name needs a profile name.</source>
        <translation>--name attend un nom de profil.</translation>
    </message>
</context>
<context>
    <name>vmi::cli::RunCommand</name>
    <message>
        <source>Stay until the import has ended (completed, failed or cancelled).</source>
        <translation>Attendre la fin de l&apos;importation (terminée, en échec ou annulée).</translation>
    </message>
    <message>
        <source>Ask AWS every SECONDS while a task moves (default 10).</source>
        <translation>Interroger AWS toutes les SECONDES tant qu&apos;une tâche progresse (10 par défaut).</translation>
    </message>
    <message>
        <source>The job&apos;s name (default: the profile&apos;s name).</source>
        <translation>Le nom de l&apos;importation (par défaut&#xa0;: le nom du profil).</translation>
    </message>
    <message>
        <source>--poll takes 0.1 to 3600 seconds</source>
        <translation>--poll accepte de 0,1 à 3600 secondes</translation>
    </message>
    <message>
        <source>Job %1 is submitted: `vmimport resume %1 --wait` follows it to the end (or the app&apos;s dashboard).</source>
        <translation>L&apos;importation %1 est envoyée&#xa0;: `vmimport resume %1 --wait` la suit jusqu&apos;au bout (ou le tableau de bord de l&apos;application).</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: `vmimport resume` goes on where the jobs stopped; `vmimport cancel ID` cancels one.</source>
        <translation>Interrompu. Rien n&apos;est perdu&#xa0;: `vmimport resume` reprend là où les importations se sont arrêtées&#xa0;; `vmimport cancel ID` en annule une.</translation>
    </message>
    <message>
        <source>run takes one profile file</source>
        <translation>run attend un fichier de profil</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>Importation %1 lancée.</translation>
    </message>
    <message>
        <source>resume takes at most one job id</source>
        <translation>resume accepte au plus un ID d&apos;importation</translation>
    </message>
    <message>
        <source>No unfinished job to resume.</source>
        <translation>Aucune importation inachevée à reprendre.</translation>
    </message>
    <message>
        <source>Resuming job %1 (%2).</source>
        <translation>Reprise de l&apos;importation %1 (%2).</translation>
    </message>
    <message>
        <source>Give up on a call (and retry it) when no byte moved for SECONDS (default 60).</source>
        <translation>Abandonner un appel (et le relancer) quand aucun octet n’a circulé pendant SECONDS secondes (60 par défaut).</translation>
    </message>
    <message>
        <source>--cli-read-timeout takes 0 to 86400 seconds</source>
        <translation>--cli-read-timeout accepte de 0 à 86400 secondes</translation>
    </message>
    <message>
        <source>retry takes one job id</source>
        <translation>retry attend un identifiant d’importation</translation>
    </message>
    <message>
        <source>Retrying job %1 from the step that failed (%2).</source>
        <translation>Nouvel essai de l’importation %1 à partir de l’étape qui a échoué (%2).</translation>
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
        <translation>utilisation&#xa0;: vmimport s3 cp FICHIER s3://BUCKET/KEY [--part-size TAILLE] [--concurrency N]
                               [--max-bandwidth DÉBIT] [--resume] [--payload-signing auto|signed|unsigned]
                               [--no-progress] [--region R] [--profile P] [--endpoint-url URL]
                               [--ca-bundle FICHIER.pem] [--debug]

Charge FICHIER dans S3 par chargement partitionné&#xa0;: parties avec somme de contrôle (CRC-32C,
et SHA-256 dans la signature en HTTP simple), plusieurs en parallèle, chacune réessayée à part.
Un chargement interrompu reprend avec --resume&#xa0;; un objet contenant déjà ce fichier n&apos;est pas renvoyé.
TAILLE&#xa0;: en octets ou 8MB, 64MiB, 1GB (unités binaires, comme l&apos;AWS CLI). DÉBIT&#xa0;: en octets
par seconde ou 50MB/s. Ctrl+C annule et abandonne le chargement partitionné dans S3.
</translation>
    </message>
    <message>
        <source>argument %1: expected one argument</source>
        <translation>argument %1: expected one argument</translation>
    </message>
    <message>
        <source>argument %1: not a size: %2</source>
        <translation>argument %1&#xa0;: taille non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>argument --concurrency: a number from 1 to %1 is needed (parts in flight; Qt opens at most 6 connections to one host from each of its %2 sender threads)</source>
        <translation>argument --concurrency&#xa0;: un nombre de 1 à %1 est requis (parties en parallèle&#xa0;; Qt ouvre au plus 6 connexions vers un même hôte depuis chacun de ses %2 threads d&apos;envoi)</translation>
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
        <translation>vmimport s3 accepte&#xa0;: cp FICHIER s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>Only uploads are supported: cp FILE s3://BUCKET/KEY</source>
        <translation>Seuls les chargements sont pris en charge&#xa0;: cp FICHIER s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>No bucket in %1</source>
        <translation>Aucun compartiment dans %1</translation>
    </message>
    <message>
        <source>The user-provided path %1 does not exist.</source>
        <translation>The user-provided path %1 does not exist.</translation>
    </message>
    <message>
        <source>Cancelling: aborting the multipart upload...</source>
        <translation>Annulation&#xa0;: abandon du chargement partitionné...</translation>
    </message>
    <message>
        <source>Sent %1 in %2 parts (%3 parts were in S3 already) in %4 s (%5/s).</source>
        <translation>%1 envoyés en %2 parties (%3 parties étaient déjà dans S3) en %4 s (%5/s).</translation>
    </message>
    <message>
        <source>Run the same command with --resume to continue where it stopped.</source>
        <translation>Relancez la même commande avec --resume pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
</context>
<context>
    <name>vmi::cli::ValidateCommand</name>
    <message>
        <source>fix:</source>
        <translation>correction&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>not valid: %n error(s)</source>
        <translation>
            <numerusform>non valide&#xa0;: %n erreur</numerusform>
            <numerusform>non valide&#xa0;: %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>To check an AWS CLI input file, import it first: vmimport profiles import FILE</source>
        <translation>Pour vérifier un fichier d&apos;entrée de l&apos;AWS CLI, importez-le d&apos;abord&#xa0;: vmimport profiles import FICHIER</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>The profile file to check.</source>
        <translation>Le fichier de profil à vérifier.</translation>
    </message>
    <message>
        <source>--output must be text or json, not &apos;%1&apos;</source>
        <translation>--output doit valoir text ou json, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>name one profile file: vmimport validate PROFILE.json</source>
        <translation>indiquez un fichier de profil&#xa0;: vmimport validate PROFIL.json</translation>
    </message>
</context>
<context>
    <name>vmi::import::AwsSession</name>
    <message>
        <source>The AWS config files cannot be read: %1</source>
        <translation>Impossible de lire les fichiers de configuration AWS&#xa0;: %1</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither ~/.aws/config nor ~/.aws/credentials.</source>
        <translation>Le profil AWS «&#xa0;%1&#xa0;» ne figure ni dans ~/.aws/config ni dans ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>Choose a Region.</source>
        <translation>Choisissez une Région.</translation>
    </message>
</context>
<context>
    <name>vmi::import::DiskInspection</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Relative paths are relative to the profile file.</source>
        <translation>Les chemins relatifs sont relatifs au fichier de profil.</translation>
    </message>
</context>
<context>
    <name>vmi::import::ExistingObjects</name>
    <message>
        <source>No connection to AWS.</source>
        <translation>Pas de connexion à AWS.</translation>
    </message>
</context>
<context>
    <name>vmi::import::ImportJob</name>
    <message>
        <source>Job %1 is being run by another process (%2, process %3).</source>
        <translation>L&apos;importation %1 est exécutée par un autre processus (%2, processus %3).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Cannot lock job %1 in %2.</source>
        <translation>Impossible de verrouiller l&apos;importation %1 dans %2.</translation>
    </message>
    <message>
        <source>The job has no import settings (it was made outside the import pipeline).</source>
        <translation>L&apos;importation n&apos;a pas de paramètres d&apos;importation (elle a été créée hors du pipeline d&apos;importation).</translation>
    </message>
    <message>
        <source>The job&apos;s settings cannot be read:
%1</source>
        <translation>Impossible de lire les paramètres de l&apos;importation&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The job could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import settings have errors:
%1</source>
        <translation>Les paramètres d&apos;importation contiennent des erreurs&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Fix the settings and start a new import.</source>
        <translation>Corrigez les paramètres et lancez une nouvelle importation.</translation>
    </message>
    <message>
        <source>%1 changed since its upload was interrupted (%2): the parts in S3 no longer fit it.</source>
        <translation>%1 a changé depuis l&apos;interruption de son chargement (%2)&#xa0;: les parties présentes dans S3 ne lui correspondent plus.</translation>
    </message>
    <message>
        <source>Retry to upload the file again from the start.</source>
        <translation>Réessayez pour charger de nouveau le fichier depuis le début.</translation>
    </message>
    <message>
        <source>Uploading %1 to s3://%2/%3</source>
        <translation>Chargement de %1 vers s3://%2/%3</translation>
    </message>
    <message>
        <source>%1 is already in S3, unchanged: not uploaded again.</source>
        <translation>%1 est déjà dans S3, inchangé&#xa0;: il n&apos;est pas chargé de nouveau.</translation>
    </message>
    <message>
        <source>Retry to go on with the upload where it stopped.</source>
        <translation>Réessayez pour reprendre le chargement là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The interrupted upload could not be aborted: %1</source>
        <translation>Le chargement interrompu n&apos;a pas pu être abandonné&#xa0;: %1</translation>
    </message>
    <message>
        <source>AWS accepted the import: task %1</source>
        <translation>AWS a accepté l&apos;importation&#xa0;: tâche %1</translation>
    </message>
    <message>
        <source>No answer to the import request (%1); sending it again with the same ClientToken in %2 s, so AWS returns the task it may already have made.</source>
        <translation>Aucune réponse à la demande d&apos;importation (%1)&#xa0;; nouvel envoi avec le même ClientToken dans %2 s, pour qu&apos;AWS renvoie la tâche qu&apos;il a peut-être déjà créée.</translation>
    </message>
    <message>
        <source>The snapshot import reported no snapshot to register an AMI from.</source>
        <translation>L&apos;importation d&apos;instantané n&apos;a indiqué aucun instantané à partir duquel enregistrer une AMI.</translation>
    </message>
    <message>
        <source>An AMI named &quot;%1&quot; already exists (%2), made from another snapshot.</source>
        <translation>Une AMI nommée «&#xa0;%1&#xa0;» existe déjà (%2), créée à partir d&apos;un autre instantané.</translation>
    </message>
    <message>
        <source>Retry after renaming or deregistering that AMI; the snapshot %1 is kept.</source>
        <translation>Réessayez après avoir renommé ou désenregistré cette AMI&#xa0;; l&apos;instantané %1 est conservé.</translation>
    </message>
    <message>
        <source>Fix the AMI settings and retry; the snapshot is kept.</source>
        <translation>Corrigez les paramètres de l&apos;AMI et réessayez&#xa0;; l&apos;instantané est conservé.</translation>
    </message>
    <message>
        <source>Registered %1 from the snapshot.</source>
        <translation>%1 enregistrée à partir de l&apos;instantané.</translation>
    </message>
    <message>
        <source>Retry to tag the AMI and its snapshots; the import itself completed.</source>
        <translation>Réessayez pour baliser l&apos;AMI et ses instantanés&#xa0;; l&apos;importation elle-même est terminée.</translation>
    </message>
    <message>
        <source>Retry to delete the uploaded objects; the import itself completed.</source>
        <translation>Réessayez pour supprimer les objets chargés&#xa0;; l&apos;importation elle-même est terminée.</translation>
    </message>
    <message>
        <source>The import has completed; only the steps after it are left to run.</source>
        <translation>L&apos;importation est terminée&#xa0;; il ne reste que les étapes suivantes à exécuter.</translation>
    </message>
    <message>
        <source>Job %1 has not failed (%2).</source>
        <translation>L&apos;importation %1 n&apos;a pas échoué (%2).</translation>
    </message>
    <message>
        <source>A new import of the same disks.</source>
        <translation>Une nouvelle importation des mêmes disques.</translation>
    </message>
    <message>
        <source>Abort it when S3 can be reached again: aws s3api abort-multipart-upload --bucket %1 --key %2 --upload-id %3</source>
        <translation>Annulez-le dès que S3 est de nouveau joignable&#xa0;: aws s3api abort-multipart-upload --bucket %1 --key %2 --upload-id %3</translation>
    </message>
</context>
<context>
    <name>vmi::import::JobRunner</name>
    <message>
        <source>There is no job %1.</source>
        <translation>L&apos;importation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Job %1 has already ended (%2).</source>
        <translation>L&apos;importation %1 est déjà terminée (%2).</translation>
    </message>
    <message>
        <source>No AWS client for job %1 (Region %2, profile %3).</source>
        <translation>Aucun client AWS pour l&apos;importation %1 (Région %2, profil %3).</translation>
    </message>
    <message>
        <source>No AWS client for Region %1 and profile %2.</source>
        <translation>Aucun client AWS pour la Région %1 et le profil %2.</translation>
    </message>
</context>
<context>
    <name>vmi::import::JobStore</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>no schemaVersion</source>
        <translation>pas de schemaVersion</translation>
    </message>
    <message>
        <source>written by a newer version of the app (schema %1, this app reads %2)</source>
        <translation>écrit par une version plus récente de l&apos;application (schéma %1, cette application lit le schéma %2)</translation>
    </message>
    <message>
        <source>the file name does not match the job id %1</source>
        <translation>le nom du fichier ne correspond pas à l&apos;ID d&apos;importation %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;importation</translation>
    </message>
    <message>
        <source>%1 is left alone: it could not be read when the jobs were loaded</source>
        <translation>%1 est ignoré&#xa0;: il était illisible lors de la lecture des importations</translation>
    </message>
    <message>
        <source>%1 is left alone: %2</source>
        <translation>%1 est ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>aucune importation %1</translation>
    </message>
    <message>
        <source>job %1 has not finished</source>
        <translation>l&apos;importation %1 n&apos;est pas terminée</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>vmi::import::JobTracker</name>
    <message>
        <source>No AWS client for Region %1 and profile %2.</source>
        <translation>Aucun client AWS pour la Région %1 et le profil %2.</translation>
    </message>
</context>
<context>
    <name>vmi::import::Preflight</name>
    <message>
        <source>Asking AWS…</source>
        <translation>Interrogation d&apos;AWS…</translation>
    </message>
    <message>
        <source>Permission to call %1</source>
        <translation>Autorisation d&apos;appeler %1</translation>
    </message>
    <message>
        <source>You may call %1.</source>
        <translation>Vous pouvez appeler %1.</translation>
    </message>
    <message>
        <source>Your identity may not call ec2:%1. Ask your administrator for the permission.</source>
        <translation>Votre identité n&apos;est pas autorisée à appeler ec2:%1. Demandez cette autorisation à votre administrateur.</translation>
    </message>
    <message>
        <source>The dry run started an import; this should not happen.</source>
        <translation>La simulation a lancé une importation&#xa0;; cela ne devrait pas arriver.</translation>
    </message>
    <message>
        <source>Service role %1</source>
        <translation>Rôle de service %1</translation>
    </message>
    <message>
        <source>The role %1 does not exist. VM Import/Export needs it to read your disks.</source>
        <translation>Le rôle %1 n&apos;existe pas. VM Import/Export en a besoin pour lire vos disques.</translation>
    </message>
    <message>
        <source>Cannot check the role: %1</source>
        <translation>Impossible de vérifier le rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The role %1 does not trust vmie.amazonaws.com, so VM Import/Export cannot use it.</source>
        <translation>Le rôle %1 n&apos;approuve pas vmie.amazonaws.com&#xa0;: VM Import/Export ne peut donc pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The role %1 exists.</source>
        <translation>Le rôle %1 existe.</translation>
    </message>
    <message>
        <source>Bucket %1</source>
        <translation>Compartiment %1</translation>
    </message>
    <message>
        <source>The bucket %1 does not exist.</source>
        <translation>Le compartiment %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot find the bucket&apos;s Region: %1</source>
        <translation>Impossible de trouver la Région du compartiment&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bucket is in %1, the import in %2: VM Import/Export reads only buckets in the import&apos;s Region.</source>
        <translation>Le compartiment se trouve dans %1, l&apos;importation dans %2&#xa0;: VM Import/Export ne lit que les compartiments de la Région de l&apos;importation.</translation>
    </message>
    <message>
        <source>The bucket is in %1.</source>
        <translation>Le compartiment se trouve dans %1.</translation>
    </message>
    <message>
        <source>KMS key %1</source>
        <translation>Clé KMS %1</translation>
    </message>
    <message>
        <source>There is no such key in this Region.</source>
        <translation>Cette clé n&apos;existe pas dans cette Région.</translation>
    </message>
    <message>
        <source>Cannot check the key: %1</source>
        <translation>Impossible de vérifier la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key is %1, not Enabled.</source>
        <translation>La clé est à l&apos;état %1, pas Enabled.</translation>
    </message>
    <message>
        <source>EBS encryption needs a symmetric ENCRYPT_DECRYPT key.</source>
        <translation>Le chiffrement EBS nécessite une clé symétrique ENCRYPT_DECRYPT.</translation>
    </message>
    <message>
        <source>The key is enabled and symmetric.</source>
        <translation>La clé est activée et symétrique.</translation>
    </message>
    <message>
        <source>Object %1</source>
        <translation>Objet %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot check the object: %1</source>
        <translation>Impossible de vérifier l&apos;objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 exists (%L2 bytes).</source>
        <translation>%1 existe (%L2 octets).</translation>
    </message>
    <message>
        <source>VM Import/Export service role</source>
        <translation>Rôle de service VM Import/Export</translation>
    </message>
    <message>
        <source>Created the role %1. IAM may take a minute to make it usable.</source>
        <translation>Rôle %1 créé. IAM peut mettre une minute à le rendre utilisable.</translation>
    </message>
    <message>
        <source>Image Builder&apos;s service-linked role</source>
        <translation>Rôle lié au service d&apos;Image Builder</translation>
    </message>
    <message>
        <source>Execution role %1</source>
        <translation>Rôle d&apos;exécution %1</translation>
    </message>
    <message>
        <source>There is no %1 yet. Image Builder creates it with the first import if your identity may call iam:CreateServiceLinkedRole; or name an execution role.</source>
        <translation>Le rôle %1 n&apos;existe pas encore. Image Builder le crée lors de la première importation si votre identité est autorisée à appeler iam:CreateServiceLinkedRole&#xa0;; sinon, indiquez un rôle d&apos;exécution.</translation>
    </message>
    <message>
        <source>The execution role %1 does not exist. Create it with a trust policy that lets imagebuilder.amazonaws.com assume it, or leave the field empty to use Image Builder&apos;s service-linked role.</source>
        <translation>Le rôle d&apos;exécution %1 n&apos;existe pas. Créez-le avec une stratégie d&apos;approbation qui permet à imagebuilder.amazonaws.com de l&apos;endosser, ou laissez le champ vide pour utiliser le rôle lié au service d&apos;Image Builder.</translation>
    </message>
    <message>
        <source>The role %1 does not trust imagebuilder.amazonaws.com (its trust policy has no Allow of sts:AssumeRole for that service), so Image Builder cannot use it.</source>
        <translation>Le rôle %1 n&apos;approuve pas imagebuilder.amazonaws.com (sa stratégie d&apos;approbation ne contient aucun Allow de sts:AssumeRole pour ce service)&#xa0;: Image Builder ne peut donc pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The role %1 exists and trusts imagebuilder.amazonaws.com.</source>
        <translation>Le rôle %1 existe et approuve imagebuilder.amazonaws.com.</translation>
    </message>
</context>
<context>
    <name>vmi::transfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 at byte %2: %3</source>
        <translation>Impossible de lire %1 à l&apos;octet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file got shorter</source>
        <translation>le fichier a raccourci</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::FileIdentity</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its size was %1 bytes and is now %2</source>
        <translation>sa taille était de %1 octets et est maintenant de %2</translation>
    </message>
    <message>
        <source>it was modified (%1, now %2)</source>
        <translation>il a été modifié (%1, maintenant %2)</translation>
    </message>
    <message>
        <source>its content differs</source>
        <translation>son contenu diffère</translation>
    </message>
    <message>
        <source>it is gone</source>
        <translation>il a disparu</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::MultipartUpload</name>
    <message>
        <source>No AWS client.</source>
        <translation>Aucun client AWS.</translation>
    </message>
    <message>
        <source>Ignoring the upload checkpoint: %1</source>
        <translation>Point de reprise du chargement ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot resume: %1 changed since the upload was interrupted (%2). Its parts in S3 would not fit the file any more. Run the copy again without --resume to upload it from the start.</source>
        <translation>Reprise impossible&#xa0;: %1 a changé depuis l&apos;interruption du chargement (%2). Ses parties dans S3 ne correspondraient plus au fichier. Relancez la copie sans --resume pour le charger depuis le début.</translation>
    </message>
    <message>
        <source>Resuming with the interrupted upload&apos;s part size of %1 bytes.</source>
        <translation>Reprise avec la taille de partie du chargement interrompu, soit %1 octets.</translation>
    </message>
    <message>
        <source>Discarding an interrupted upload of this file (use --resume to continue one).</source>
        <translation>Un chargement interrompu de ce fichier est abandonné (utilisez --resume pour le poursuivre).</translation>
    </message>
    <message>
        <source>No interrupted upload of this file to resume: starting a new one.</source>
        <translation>Aucun chargement interrompu de ce fichier à reprendre&#xa0;: démarrage d&apos;un nouveau chargement.</translation>
    </message>
    <message>
        <source>s3://%1/%2 already holds this file (same size and content samples): nothing to upload.</source>
        <translation>s3://%1/%2 contient déjà ce fichier (même taille et mêmes échantillons de contenu)&#xa0;: rien à charger.</translation>
    </message>
    <message>
        <source>S3 started the upload without an upload id.</source>
        <translation>S3 a démarré le chargement sans ID de chargement.</translation>
    </message>
    <message>
        <source>The interrupted upload is gone from S3 (aborted or expired): starting a new one.</source>
        <translation>Le chargement interrompu n&apos;existe plus dans S3 (abandonné ou expiré)&#xa0;: démarrage d&apos;un nouveau chargement.</translation>
    </message>
    <message>
        <source>S3 no longer knows the upload (it was aborted or expired).</source>
        <translation>S3 ne connaît plus ce chargement (il a été abandonné ou a expiré).</translation>
    </message>
    <message>
        <source>Part %1 failed after %2 attempts: %3</source>
        <translation>La partie %1 a échoué après %2 tentatives&#xa0;: %3</translation>
    </message>
    <message>
        <source>S3 answered without an ETag</source>
        <translation>S3 a répondu sans ETag</translation>
    </message>
    <message>
        <source>S3&apos;s checksum %1 differs from ours %2</source>
        <translation>La somme de contrôle de S3 %1 diffère de la nôtre %2</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>Partie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Part %1, attempt %2 failed (%3); trying again.</source>
        <translation>Partie %1, tentative %2 en échec (%3)&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <source>S3&apos;s checksum of the finished object (%1) differs from the file&apos;s (%2).</source>
        <translation>La somme de contrôle S3 de l&apos;objet terminé (%1) diffère de celle du fichier (%2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled, but S3 did not abort the upload: %1</source>
        <translation>Annulé, mais S3 n&apos;a pas abandonné le chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled; the multipart upload was aborted in S3.</source>
        <translation>Annulé&#xa0;; le chargement partitionné a été abandonné dans S3.</translation>
    </message>
    <message>
        <source>Cannot save the upload checkpoint (the upload goes on, but cannot be resumed): %1</source>
        <translation>Impossible d&apos;enregistrer le point de reprise du chargement (le chargement continue, mais ne pourra pas être repris)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Resuming: %n part(s) in all, %1 of them in S3 already.</source>
        <translation>
            <numerusform>Reprise&#xa0;: %n partie au total, dont %1 déjà dans S3.</numerusform>
            <numerusform>Reprise&#xa0;: %n parties au total, dont %1 déjà dans S3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file changed while it was uploaded (%2). Upload it again once nothing writes to it.</source>
        <translation>%1&#xa0;: le fichier a changé pendant son chargement (%2). Chargez-le de nouveau quand plus rien n&apos;y écrit.</translation>
    </message>
    <message>
        <source>S3 did not abort the multipart upload (%1); the next upload of this file will.</source>
        <translation>S3 n&apos;a pas abandonné le chargement partitionné (%1)&#xa0;; le prochain chargement de ce fichier le fera.</translation>
    </message>
    <message>
        <source>S3 refused the list of parts (%1); checking the parts it holds against the file.</source>
        <translation>S3 a refusé la liste des parties (%1)&#xa0;; vérification des parties qu’il détient par rapport au fichier.</translation>
    </message>
    <message>
        <source>%1 (the answer to an earlier CompleteMultipartUpload was lost, and the object in S3 is not this file&apos;s upload)</source>
        <translation>%1 (la réponse à un CompleteMultipartUpload précédent a été perdue, et l’objet dans S3 n’est pas le chargement de ce fichier)</translation>
    </message>
    <message>
        <source>The answer to CompleteMultipartUpload was lost; S3 holds the finished object with the file&apos;s checksum.</source>
        <translation>La réponse à CompleteMultipartUpload a été perdue&#xa0;; S3 détient l’objet terminé avec la somme de contrôle du fichier.</translation>
    </message>
    <message>
        <source>An earlier attempt may have started an upload in S3 all the same: `aws s3api list-multipart-uploads --bucket %1 --prefix %2` lists it, and abort-multipart-upload removes it.</source>
        <translation>Une tentative précédente a peut-être tout de même démarré un chargement dans S3&#xa0;: `aws s3api list-multipart-uploads --bucket %1 --prefix %2` le liste, et abort-multipart-upload le supprime.</translation>
    </message>
    <message numerus="yes">
        <source>Aborted %n upload(s) that S3 started for a CreateMultipartUpload attempt whose answer was lost.</source>
        <translation>
            <numerusform>%n chargement démarré par S3 pour une tentative de CreateMultipartUpload dont la réponse a été perdue a été annulé.</numerusform>
            <numerusform>%n chargements démarrés par S3 pour des tentatives de CreateMultipartUpload dont la réponse a été perdue ont été annulés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vmi::transfer::OrphanedUploadSweep</name>
    <message>
        <source>No AWS client.</source>
        <translation>Aucun client AWS.</translation>
    </message>
    <message>
        <source>Could not look for uploads left by a lost CreateMultipartUpload answer: %1</source>
        <translation>Impossible de rechercher les chargements laissés par une réponse perdue de CreateMultipartUpload&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not abort the upload %1 left by a lost CreateMultipartUpload answer: %2</source>
        <translation>Impossible d’annuler le chargement %1 laissé par une réponse perdue de CreateMultipartUpload&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::PartPlan</name>
    <message>
        <source>The file is empty: there is nothing to upload.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;y a rien à charger.</translation>
    </message>
    <message>
        <source>The file is larger than S3 accepts in one multipart upload (10,000 parts of 5 GiB).</source>
        <translation>Le fichier dépasse ce que S3 accepte en un seul chargement partitionné (10 000 parties de 5 Gio).</translation>
    </message>
    <message>
        <source>The part size must be between 5 MiB and 5 GiB.</source>
        <translation>La taille des parties doit être comprise entre 5 Mio et 5 Gio.</translation>
    </message>
    <message>
        <source>With this part size the file needs more than 10,000 parts; choose at least %1 MiB.</source>
        <translation>Avec cette taille de partie, le fichier nécessite plus de 10 000 parties&#xa0;; choisissez au moins %1 Mio.</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::UploadCheckpoint</name>
    <message>
        <source>The upload checkpoint has schema version %1; this vmimport reads version %2.</source>
        <translation>Le point de reprise du chargement a la version de schéma %1&#xa0;; ce vmimport lit la version %2.</translation>
    </message>
    <message>
        <source>The upload checkpoint is damaged.</source>
        <translation>Le point de reprise du chargement est endommagé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The upload checkpoint %1 is damaged: %2</source>
        <translation>Le point de reprise du chargement %1 est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vmi::ui</name>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>%1 of %2 MiB at %3 MiB/s, part %4 of %5</source>
        <translation>%1 sur %2 Mio à %3 Mio/s, partie %4 sur %5</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Message d&apos;état</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>How to fix it:</source>
        <translation>Comment corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Chargements</translation>
    </message>
    <message>
        <source>uploaded, deleted after the import</source>
        <translation>chargé, supprimé après l&apos;importation</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>en pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>uploading: %1</source>
        <translation>chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>vmi::ui::DashboardWindow</name>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Tâches d&apos;importation</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>VM Import Wizard</source>
        <translation>VM Import Wizard</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>Impossible d&apos;annuler %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job file left alone: %1 (%2)</source>
        <translation>Fichier de suivi d&apos;importation ignoré&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>paused (disk %1 of %2)</source>
        <translation>en pause (disque %1 sur %2)</translation>
    </message>
    <message>
        <source>uploading (disk %1 of %2)</source>
        <translation>chargement (disque %1 sur %2)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause Upload</source>
        <translation>&amp;Suspendre le chargement</translation>
    </message>
    <message>
        <source>Res&amp;ume Upload</source>
        <translation>Re&amp;prendre le chargement</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Cancel Import...</source>
        <translation>A&amp;nnuler l&apos;importation...</translation>
    </message>
    <message>
        <source>Copy &amp;IDs</source>
        <translation>Copier les &amp;ID</translation>
    </message>
    <message>
        <source>Open in AWS Co&amp;nsole</source>
        <translation>Ouvrir dans la &amp;console AWS</translation>
    </message>
    <message>
        <source>Remove &amp;Finished</source>
        <translation>Retirer les importations &amp;terminées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All tasks in the Re&amp;gion</source>
        <translation>Toutes les tâches de la Ré&amp;gion</translation>
    </message>
    <message>
        <source>Also list the Region&apos;s import tasks that this app did not start</source>
        <translation>Afficher aussi les tâches d&apos;importation de la Région que cette application n&apos;a pas lancées</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter imports</source>
        <translation>Filtrer les importations</translation>
    </message>
    <message>
        <source>Import completed</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n import(s)? AWS stops the task and deletes what it made so far.

%1</source>
        <translation>
            <numerusform>Annuler %n importation&#xa0;? AWS arrête la tâche et supprime ce qu&apos;elle a déjà créé.

%1</numerusform>
            <numerusform>Annuler %n importations&#xa0;? AWS arrête les tâches et supprime ce qu&apos;elles ont déjà créé.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No job yet, so no Region to list.</source>
        <translation>Aucune importation pour l&apos;instant, donc aucune Région à lister.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::DisksPage</name>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Disks, the first one boots</source>
        <translation>Disques (le premier est le disque de démarrage)</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add S3 &amp;object…</source>
        <translation>Ajouter un &amp;objet S3…</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>Ajouter une &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>The Windows 11 ISO: a local file to upload, or an object already in S3.</source>
        <translation>L&apos;ISO de Windows 11&#xa0;: un fichier local à charger, ou un objet déjà présent dans S3.</translation>
    </message>
    <message>
        <source>The first disk boots. Drop files here or add them with the buttons.</source>
        <translation>Le premier disque est le disque de démarrage. Déposez des fichiers ici ou ajoutez-les avec les boutons.</translation>
    </message>
    <message>
        <source>Add ISO &amp;file…</source>
        <translation>Ajouter un &amp;fichier ISO…</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>Images ISO (*.iso);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Disk images (*.ova *.vmdk *.vhd *.vhdx *.raw *.img);;All files (*)</source>
        <translation>Images disque (*.ova *.vmdk *.vhd *.vhdx *.raw *.img);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add ISO</source>
        <translation>Ajouter un ISO</translation>
    </message>
    <message>
        <source>Add disks</source>
        <translation>Ajouter des disques</translation>
    </message>
    <message>
        <source>Add S3 object</source>
        <translation>Ajouter un objet S3</translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation>Ajouter une URL</translation>
    </message>
    <message>
        <source>URL of the disk (https:// or s3://):</source>
        <translation>URL du disque (https:// ou s3://)&#xa0;:</translation>
    </message>
    <message>
        <source>Add snapshot</source>
        <translation>Ajouter un instantané</translation>
    </message>
    <message>
        <source>EBS snapshot id (snap-…):</source>
        <translation>ID d&apos;instantané EBS (snap-…)&#xa0;:</translation>
    </message>
    <message>
        <source>Add snaps&amp;hot…</source>
        <translation>Ajouter un &amp;instantané…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>%1
S3 URI (s3://bucket/key):</source>
        <translation>%1
URI S3 (s3://bucket/key)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::EncryptionPage</name>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Encrypted imports make encrypted EBS snapshots. Without a key, EBS&apos;s default key (aws/ebs) is used.</source>
        <translation>Les importations chiffrées produisent des instantanés EBS chiffrés. Sans clé, la clé par défaut d&apos;EBS (aws/ebs) est utilisée.</translation>
    </message>
    <message>
        <source>&amp;Encrypt the snapshots</source>
        <translation>&amp;Chiffrer les instantanés</translation>
    </message>
    <message>
        <source>EBS default key; or a key id, key ARN, alias/NAME or alias ARN</source>
        <translation>Clé EBS par défaut&#xa0;; ou un ID de clé, un ARN de clé, alias/NOM ou un ARN d&apos;alias</translation>
    </message>
    <message>
        <source>&amp;KMS key:</source>
        <translation>Clé &amp;KMS&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::ImageBuilderPage</name>
    <message>
        <source>Image Builder image</source>
        <translation>Image d&apos;Image Builder</translation>
    </message>
    <message>
        <source>How the image is named and where Image Builder builds it.</source>
        <translation>Nom de l&apos;image et emplacement où Image Builder la construit.</translation>
    </message>
    <message>
        <source>for example windows-11-base</source>
        <translation>par exemple windows-11-base</translation>
    </message>
    <message>
        <source>Semantic &amp;version:</source>
        <translation>&amp;Version sémantique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;OS version:</source>
        <translation>Version de l&apos;&amp;OS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>arn:aws:imagebuilder:…:infrastructure-configuration/…</source>
        <translation>arn:aws:imagebuilder:…:infrastructure-configuration/…</translation>
    </message>
    <message>
        <source>&amp;Infrastructure configuration:</source>
        <translation>Configuration d&apos;&amp;infrastructure&#xa0;:</translation>
    </message>
    <message>
        <source>Image Builder&apos;s service-linked role</source>
        <translation>Rôle lié au service d&apos;Image Builder</translation>
    </message>
    <message>
        <source>&amp;Execution role:</source>
        <translation>Rôle d&apos;&amp;exécution&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::ImportWizard</name>
    <message>
        <source>New Import</source>
        <translation>Nouvelle importation</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Lancer l&apos;importation</translation>
    </message>
    <message>
        <source>No connection to AWS.</source>
        <translation>Pas de connexion à AWS.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::KeychainCredentialsEditor</name>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Re&amp;move from Keychain</source>
        <translation>Supp&amp;rimer du trousseau</translation>
    </message>
    <message>
        <source>Keys saved here are used for an AWS profile that has no keys in ~/.aws/credentials. They are kept in the system keychain only, never in a file, and take effect at once.</source>
        <translation>Les clés enregistrées ici servent à un profil AWS qui n&apos;a pas de clés dans ~/.aws/credentials. Elles sont conservées uniquement dans le trousseau du système, jamais dans un fichier, et prennent effet immédiatement.</translation>
    </message>
    <message>
        <source>AWS profile for the keys</source>
        <translation>Profil AWS des clés</translation>
    </message>
    <message>
        <source>AWS p&amp;rofile:</source>
        <translation>Pro&amp;fil AWS&#xa0;:</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>AKIA...</source>
        <translation>AKIA...</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>&amp;ID de clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>Clé &amp;d&apos;accès secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>The keychain holds keys for this profile (access key ID %1). Saving replaces them.</source>
        <translation>Le trousseau contient des clés pour ce profil (ID de clé d&apos;accès %1). L&apos;enregistrement les remplace.</translation>
    </message>
    <message>
        <source>No keys are stored for this profile.</source>
        <translation>Aucune clé n&apos;est enregistrée pour ce profil.</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; are saved in the keychain.</source>
        <translation>Les clés du profil «&#xa0;%1&#xa0;» sont enregistrées dans le trousseau.</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; are removed from the keychain.</source>
        <translation>Les clés du profil «&#xa0;%1&#xa0;» ont été retirées du trousseau.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
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
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;New Import...</source>
        <translation>&amp;Nouvelle importation...</translation>
    </message>
    <message>
        <source>Import virtual machine disks into AWS as an AMI, a snapshot or an image</source>
        <translation>Importer des disques de machines virtuelles dans AWS sous forme d&apos;AMI, d&apos;instantané ou d&apos;image</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About VM Import Wizard</source>
        <translation>À &amp;propos de VM Import Wizard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>No imports yet. Start one with File &gt; New Import (%1).</source>
        <translation>Aucune importation pour l&apos;instant. Lancez-en une avec Fichier &gt; Nouvelle importation (%1).</translation>
    </message>
    <message>
        <source>About VM Import Wizard</source>
        <translation>À propos de VM Import Wizard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VM Import Wizard %1&lt;/h3&gt;&lt;p&gt;Moves virtual machine disks into AWS with EC2 ImportImage, ImportSnapshot and Image Builder ImportDiskImage.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), licensed under the LGPL v3; QtKeychain, licensed under the BSD 3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VM Import Wizard %1&lt;/h3&gt;&lt;p&gt;Transfère des disques de machines virtuelles dans AWS avec EC2 ImportImage, ImportSnapshot et Image Builder ImportDiskImage.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2 (exécuté sous Qt %3), sous licence LGPL v3&#xa0;; QtKeychain, sous licence BSD à 3 clauses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import not started</source>
        <translation>Importation non lancée</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>L&apos;importation n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import started: %1 in %2, %n disk(s).</source>
        <translation>
            <numerusform>Importation lancée&#xa0;: %1 dans %2, %n disque.</numerusform>
            <numerusform>Importation lancée&#xa0;: %1 dans %2, %n disques.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>Default Region and profile, AWS keys, proxy, language, uploads</source>
        <translation>Région et profil par défaut, clés AWS, proxy, langue, chargements</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::RegisterImageGroup</name>
    <message>
        <source>Re&amp;gister an AMI from the snapshot afterwards</source>
        <translation>Enre&amp;gistrer ensuite une AMI à partir de l&apos;instantané</translation>
    </message>
    <message>
        <source>RegisterImage makes an AMI whose root volume is the imported snapshot: the way to an AMI for systems ImportImage refuses (arm64, UEFI only, other kernels).</source>
        <translation>RegisterImage crée une AMI dont le volume racine est l&apos;instantané importé&#xa0;: le moyen d&apos;obtenir une AMI pour les systèmes qu&apos;ImportImage refuse (arm64, UEFI uniquement, autres noyaux).</translation>
    </message>
    <message>
        <source>3 to 128 characters, unique in the Region</source>
        <translation>3 à 128 caractères, unique dans la Région</translation>
    </message>
    <message>
        <source>AMI na&amp;me:</source>
        <translation>&amp;Nom de l&apos;AMI&#xa0;:</translation>
    </message>
    <message>
        <source>AMI descr&amp;iption:</source>
        <translation>Descr&amp;iption de l&apos;AMI&#xa0;:</translation>
    </message>
    <message>
        <source>Not set (EC2 assumes i386)</source>
        <translation>Non défini (EC2 suppose i386)</translation>
    </message>
    <message>
        <source>Arc&amp;hitecture:</source>
        <translation>Arc&amp;hitecture&#xa0;:</translation>
    </message>
    <message>
        <source>Not set (the instance type&apos;s default)</source>
        <translation>Non défini (valeur par défaut du type d&apos;instance)</translation>
    </message>
    <message>
        <source>Legacy BIOS</source>
        <translation>BIOS hérité</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI preferred</source>
        <translation>UEFI de préférence</translation>
    </message>
    <message>
        <source>Boot m&amp;ode:</source>
        <translation>M&amp;ode de démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ENA (enhanced networking; Nitro instances need it)</source>
        <translation>EN&amp;A (mise en réseau améliorée&#xa0;; requise par les instances Nitro)</translation>
    </message>
    <message>
        <source>Require IMDSv&amp;2 on instances launched from it</source>
        <translation>Exiger IMDSv&amp;2 sur les instances lancées à partir de cette AMI</translation>
    </message>
    <message>
        <source>Nitro&amp;TPM (TPM 2.0; needs UEFI)</source>
        <translation>Nitro&amp;TPM (TPM 2.0&#xa0;; nécessite UEFI)</translation>
    </message>
    <message>
        <source>Root de&amp;vice name:</source>
        <translation>No&amp;m du périphérique racine&#xa0;:</translation>
    </message>
    <message>
        <source>Not set (gp2)</source>
        <translation>Non défini (gp2)</translation>
    </message>
    <message>
        <source>gp3 (general purpose SSD)</source>
        <translation>gp3 (SSD à usage général)</translation>
    </message>
    <message>
        <source>gp2 (general purpose SSD, older)</source>
        <translation>gp2 (SSD à usage général, ancienne génération)</translation>
    </message>
    <message>
        <source>io2 (provisioned IOPS SSD)</source>
        <translation>io2 (SSD à IOPS provisionnées)</translation>
    </message>
    <message>
        <source>io1 (provisioned IOPS SSD, older)</source>
        <translation>io1 (SSD à IOPS provisionnées, ancienne génération)</translation>
    </message>
    <message>
        <source>st1 (throughput HDD)</source>
        <translation>st1 (HDD à débit optimisé)</translation>
    </message>
    <message>
        <source>sc1 (cold HDD)</source>
        <translation>sc1 (HDD à froid)</translation>
    </message>
    <message>
        <source>standard (magnetic)</source>
        <translation>standard (magnétique)</translation>
    </message>
    <message>
        <source>Root vol&amp;ume type:</source>
        <translation>Type de vol&amp;ume racine&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::ReviewPage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
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
        <translation>Échec</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Check what will happen, run the preflight checks, then start the import.</source>
        <translation>Vérifiez ce qui va se passer, exécutez les vérifications préalables, puis lancez l&apos;importation.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>The same with the AWS CLI</source>
        <translation>La même chose avec l&apos;AWS CLI</translation>
    </message>
    <message>
        <source>AWS CLI commands</source>
        <translation>Commandes AWS CLI</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>Sa&amp;ve commands…</source>
        <translation>&amp;Enregistrer les commandes…</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>E&amp;xécuter les vérifications</translation>
    </message>
    <message>
        <source>Create the service &amp;role…</source>
        <translation>Créer le &amp;rôle de service…</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Save as &amp;profile</source>
        <translation>Enregistrer comme &amp;profil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 in %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 dans %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;AWS profile: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profil AWS&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>celui par défaut</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n disk(s)</source>
        <translation>
            <numerusform>&lt;p&gt;%n disque</numerusform>
            <numerusform>&lt;p&gt;%n disques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to upload to s3://%1/%2</source>
        <translation>
            <numerusform>, dont %n à charger dans s3://%1/%2</numerusform>
            <numerusform>, dont %n à charger dans s3://%1/%2</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Asking AWS…</source>
        <translation>Interrogation d&apos;AWS…</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Certaines vérifications ont échoué.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Fix the failed checks first, or run them again.</source>
        <translation>Corrigez d&apos;abord les vérifications en échec, ou relancez-les.</translation>
    </message>
    <message>
        <source>Create the service role</source>
        <translation>Créer le rôle de service</translation>
    </message>
    <message>
        <source>VM Import/Export needs a role named %1 that it may assume. Create it with AWS&apos;s documented trust policy and a role policy for this import&apos;s buckets (see the details)?</source>
        <translation>VM Import/Export a besoin d&apos;un rôle nommé %1 qu&apos;il peut endosser. Le créer avec la stratégie d&apos;approbation documentée par AWS et une stratégie de rôle pour les compartiments de cette importation (voir les détails)&#xa0;?</translation>
    </message>
    <message>
        <source>Trust policy:
%1
Role policy &quot;%2&quot;:
%3</source>
        <translation>Stratégie d&apos;approbation&#xa0;:
%1
Stratégie de rôle «&#xa0;%2&#xa0;»&#xa0;:
%3</translation>
    </message>
    <message>
        <source>Creating the role…</source>
        <translation>Création du rôle…</translation>
    </message>
    <message>
        <source>Save AWS CLI commands</source>
        <translation>Enregistrer les commandes AWS CLI</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>Scripts shell (*.sh);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>tag what the import made with the import&apos;s tags</source>
        <translation>appliquer les balises de l&apos;importation à ce qu&apos;elle a créé</translation>
    </message>
    <message>
        <source>delete the objects uploaded for it</source>
        <translation>supprimer les objets chargés pour elle</translation>
    </message>
    <message>
        <source>i386 (not set)</source>
        <translation>i386 (non défini)</translation>
    </message>
    <message>
        <source>ENA</source>
        <translation>ENA</translation>
    </message>
    <message>
        <source>IMDSv2 required</source>
        <translation>IMDSv2 obligatoire</translation>
    </message>
    <message>
        <source>NitroTPM</source>
        <translation>NitroTPM</translation>
    </message>
    <message>
        <source>%1 root volume</source>
        <translation>volume racine %1</translation>
    </message>
    <message>
        <source>register the AMI &quot;%1&quot; from the snapshot (%2)</source>
        <translation>enregistrer l&apos;AMI «&#xa0;%1&#xa0;» à partir de l&apos;instantané (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;After the import:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Après l&apos;importation&#xa0;:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>vmi::ui::S3BrowserDialog</name>
    <message>
        <source>Choose S3 objects</source>
        <translation>Choisir des objets S3</translation>
    </message>
    <message>
        <source>Choose an S3 location</source>
        <translation>Choisir un emplacement S3</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Remonter</translation>
    </message>
    <message>
        <source>Up one level (Backspace)</source>
        <translation>Remonter d&apos;un niveau (Retour arrière)</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>S3 location</source>
        <translation>Emplacement S3</translation>
    </message>
    <message>
        <source>s3://bucket/prefix/ (Enter to go there)</source>
        <translation>s3://bucket/prefix/ (Entrée pour y aller)</translation>
    </message>
    <message>
        <source>Buckets, folders and objects</source>
        <translation>Compartiments, dossiers et objets</translation>
    </message>
    <message>
        <source>Asking S3</source>
        <translation>Interrogation de S3</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Use th&amp;is location</source>
        <translation>&amp;Utiliser cet emplacement</translation>
    </message>
    <message>
        <source>A location looks like s3://bucket/prefix/.</source>
        <translation>Un emplacement a la forme s3://bucket/prefix/.</translation>
    </message>
    <message>
        <source>No connection to AWS.</source>
        <translation>Pas de connexion à AWS.</translation>
    </message>
    <message>
        <source>Cannot list the buckets (%1). Type a location above instead.</source>
        <translation>Impossible de lister les compartiments&#xa0;: %1 Saisissez plutôt un emplacement ci-dessus.</translation>
    </message>
    <message>
        <source>This account has no buckets.</source>
        <translation>Ce compte n&apos;a aucun compartiment.</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>Impossible de lister %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Asking S3…</source>
        <translation>Interrogation de S3…</translation>
    </message>
</context>
<context>
    <name>vmi::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>AWS &amp;Keys</source>
        <translation>Clés A&amp;WS</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Ré&amp;seau</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Chargements</translation>
    </message>
    <message>
        <source>Defaults for a new import</source>
        <translation>Valeurs par défaut d&apos;une nouvelle importation</translation>
    </message>
    <message>
        <source>Default AWS Region</source>
        <translation>Région AWS par défaut</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s Region, e.g. eu-west-1</source>
        <translation>La Région du profil AWS, par ex. eu-west-1</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Default AWS profile</source>
        <translation>Profil AWS par défaut</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s default</source>
        <translation>Celui par défaut de l&apos;AWS CLI</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>&amp;Profil AWS&#xa0;:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Polling interval in seconds</source>
        <translation>Intervalle d&apos;interrogation en secondes</translation>
    </message>
    <message numerus="yes">
        <source> second(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> seconde</numerusform>
            <numerusform> secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>How often the app asks AWS about an import task that is moving; a task that does not move is asked less often.</source>
        <translation>Fréquence à laquelle l&apos;application interroge AWS sur une tâche d&apos;importation qui progresse&#xa0;; une tâche qui ne progresse pas est interrogée moins souvent.</translation>
    </message>
    <message>
        <source>&amp;Check import tasks every:</source>
        <translation>&amp;Vérifier les tâches d&apos;importation toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du s&amp;ystème</translation>
    </message>
    <message>
        <source>Use this &amp;HTTP proxy:</source>
        <translation>Utiliser ce proxy &amp;HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>Hô&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>Used by every upload whose import profile does not set its own value.</source>
        <translation>S&apos;applique à tout chargement dont le profil d&apos;importation ne définit pas sa propre valeur.</translation>
    </message>
    <message>
        <source>Part size in MiB</source>
        <translation>Taille des parties en Mio</translation>
    </message>
    <message>
        <source>Automatic (from the file size)</source>
        <translation>Automatique (d&apos;après la taille du fichier)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation>&amp;Taille des parties&#xa0;:</translation>
    </message>
    <message>
        <source>Parts sent at the same time</source>
        <translation>Parties envoyées en même temps</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Parts sent at the &amp;same time:</source>
        <translation>Parties envoyées en &amp;même temps&#xa0;:</translation>
    </message>
    <message>
        <source>Bandwidth limit in MiB per second</source>
        <translation>Limite de bande passante en Mio par seconde</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> Mio/s</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>Limite de &amp;bande passante&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Region name (like eu-west-1).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de Région (comme eu-west-1).</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or use the system&apos;s proxy settings.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy, ou utilisez les paramètres de proxy du système.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::StartPage</name>
    <message>
        <source>What to import</source>
        <translation>Que faut-il importer&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the kind of import, then where it goes.</source>
        <translation>Choisissez le type d&apos;importation, puis sa destination.</translation>
    </message>
    <message>
        <source>Kind of import</source>
        <translation>Type d&apos;importation</translation>
    </message>
    <message>
        <source>&amp;AMI from virtual machine disks</source>
        <translation>&amp;AMI à partir de disques de machine virtuelle</translation>
    </message>
    <message>
        <source>EC2 ImportImage: one or more disks (OVA, VMDK, VHD, VHDX, raw) become an AMI you can launch.</source>
        <translation>EC2 ImportImage&#xa0;: un ou plusieurs disques (OVA, VMDK, VHD, VHDX, raw) deviennent une AMI que vous pouvez lancer.</translation>
    </message>
    <message>
        <source>EBS &amp;snapshot from one disk</source>
        <translation>&amp;Instantané EBS à partir d&apos;un disque</translation>
    </message>
    <message>
        <source>EC2 ImportSnapshot: one disk (VMDK, VHD, raw) becomes an EBS snapshot; no operating system checks.</source>
        <translation>EC2 ImportSnapshot&#xa0;: un disque (VMDK, VHD, raw) devient un instantané EBS&#xa0;; sans vérification du système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>&amp;Windows 11 ISO through Image Builder</source>
        <translation>ISO de &amp;Windows 11 via Image Builder</translation>
    </message>
    <message>
        <source>Image Builder ImportDiskImage: a Windows 11 Enterprise ISO becomes an Image Builder image.</source>
        <translation>Image Builder ImportDiskImage&#xa0;: un ISO de Windows 11 Entreprise devient une image Image Builder.</translation>
    </message>
    <message>
        <source>Saved import profile</source>
        <translation>Profil d&apos;importation enregistré</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Saved &amp;profile:</source>
        <translation>&amp;Profil enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>AWS Region</source>
        <translation>Région AWS</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s default</source>
        <translation>Celui par défaut de l&apos;AWS CLI</translation>
    </message>
    <message>
        <source>Asking AWS who you are</source>
        <translation>Vérification de votre identité auprès d&apos;AWS</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Annuler la &amp;vérification</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation>Charger le profil</translation>
    </message>
    <message>
        <source>Checking in a moment…</source>
        <translation>Vérification dans un instant…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Asking AWS…</source>
        <translation>Interrogation d&apos;AWS…</translation>
    </message>
    <message>
        <source>Account %1, %2</source>
        <translation>Compte %1, %2</translation>
    </message>
    <message>
        <source>AWS pr&amp;ofile:</source>
        <translation>Pr&amp;ofil AWS&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::SystemPage</name>
    <message>
        <source>Operating system, boot and licensing</source>
        <translation>Système d&apos;exploitation, démarrage et licences</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
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
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>&amp;Architecture&#xa0;:</translation>
    </message>
    <message>
        <source>Legacy BIOS</source>
        <translation>BIOS hérité</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>Let AWS choose</source>
        <translation>Laisser AWS choisir</translation>
    </message>
    <message>
        <source>License included (AWS)</source>
        <translation>Licence incluse (AWS)</translation>
    </message>
    <message>
        <source>Bring your own license (BYOL)</source>
        <translation>Licence personnelle (BYOL)</translation>
    </message>
    <message>
        <source>By usage operation</source>
        <translation>Par opération d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Licensing:</source>
        <translation>&amp;Licences&#xa0;:</translation>
    </message>
    <message>
        <source>Linux/UNIX (also with SQL Server BYOL)</source>
        <translation>Linux/UNIX (y compris avec SQL Server BYOL)</translation>
    </message>
    <message>
        <source>Windows, license included</source>
        <translation>Windows, licence incluse</translation>
    </message>
    <message>
        <source>Windows, bring your own license</source>
        <translation>Windows, licence personnelle</translation>
    </message>
    <message>
        <source>Windows with SQL Server Standard, license included</source>
        <translation>Windows avec SQL Server Standard, licence incluse</translation>
    </message>
    <message>
        <source>Windows with SQL Server Enterprise, license included</source>
        <translation>Windows avec SQL Server Enterprise, licence incluse</translation>
    </message>
    <message>
        <source>Windows with SQL Server Web, license included</source>
        <translation>Windows avec SQL Server Web, licence incluse</translation>
    </message>
    <message>
        <source>Linux with SQL Server Standard, license included</source>
        <translation>Linux avec SQL Server Standard, licence incluse</translation>
    </message>
    <message>
        <source>Linux with SQL Server Enterprise, license included</source>
        <translation>Linux avec SQL Server Enterprise, licence incluse</translation>
    </message>
    <message>
        <source>Linux with SQL Server Web, license included</source>
        <translation>Linux avec SQL Server Web, licence incluse</translation>
    </message>
    <message>
        <source>&amp;Usage operation:</source>
        <translation>&amp;Opération d&apos;utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>One License Manager configuration ARN per line</source>
        <translation>Un ARN de configuration License Manager par ligne</translation>
    </message>
    <message>
        <source>License &amp;configurations:</source>
        <translation>&amp;Configurations de licence&#xa0;:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>&amp;Hyperviseur&#xa0;:</translation>
    </message>
    <message>
        <source>Service &amp;role:</source>
        <translation>&amp;Rôle de service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>What the disks hold and how it is licensed. &quot;Detect&quot; lets VM Import decide.</source>
        <translation>Ce que contiennent les disques et sous quelle licence. «&#xa0;Détecter&#xa0;» laisse VM Import décider.</translation>
    </message>
    <message>
        <source>A snapshot import does not look at the operating system.</source>
        <translation>Une importation d&apos;instantané n&apos;examine pas le système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>AWS bills the Windows license by the hour. Windows Server only.</source>
        <translation>AWS facture la licence Windows à l&apos;heure. Windows Server uniquement.</translation>
    </message>
    <message>
        <source>You bring your own license (Linux, Windows client editions, or Windows with your Microsoft agreement).</source>
        <translation>Vous fournissez votre propre licence (Linux, éditions client de Windows, ou Windows couvert par votre contrat Microsoft).</translation>
    </message>
    <message>
        <source>The billing code the AMI gets; say exactly which product is licensed how.</source>
        <translation>Le code de facturation attribué à l&apos;AMI&#xa0;; indiquez précisément quel produit est sous licence, et comment.</translation>
    </message>
    <message>
        <source>VM Import decides from the operating system. AWS recommends choosing.</source>
        <translation>VM Import décide d&apos;après le système d&apos;exploitation. AWS recommande de choisir.</translation>
    </message>
    <message>
        <source>Boot &amp;mode:</source>
        <translation>&amp;Mode de démarrage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vmi::ui::TagsPage</name>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Tags for the import task. Paste key=value lines to add many at once.</source>
        <translation>Balises de la tâche d&apos;importation. Collez des lignes clé=valeur pour en ajouter plusieurs à la fois.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Paste key=value</source>
        <translation>&amp;Coller clé=valeur</translation>
    </message>
    <message>
        <source>%1 of %2 tags</source>
        <translation>%1 balises sur %2</translation>
    </message>
    <message>
        <source>Also tag the AMI and its &amp;snapshots</source>
        <translation>Appliquer aussi les balises à l&apos;AMI et à ses &amp;instantanés</translation>
    </message>
    <message>
        <source>EC2 puts these tags on the import task only. With this, the app tags what the task made (CreateTags) once it has completed.</source>
        <translation>EC2 n&apos;applique ces balises qu&apos;à la tâche d&apos;importation. Avec cette option, l&apos;application les applique aussi à ce que la tâche a créé (CreateTags) une fois celle-ci terminée.</translation>
    </message>
    <message>
        <source>Also tag the &amp;snapshot and the AMI registered from it</source>
        <translation>Appliquer aussi les balises à l&apos;&amp;instantané et à l&apos;AMI enregistrée à partir de celui-ci</translation>
    </message>
</context>
<context>
    <name>vmi::ui::UploadPage</name>
    <message>
        <source>Upload</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Where local files go in S3 before the import reads them.</source>
        <translation>Où les fichiers locaux sont placés dans S3 avant que l&apos;importation ne les lise.</translation>
    </message>
    <message>
        <source>Destination bucket</source>
        <translation>Compartiment de destination</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Préfixe de clé</translation>
    </message>
    <message>
        <source>for example imports/</source>
        <translation>par exemple imports/</translation>
    </message>
    <message>
        <source>&amp;Key prefix:</source>
        <translation>&amp;Préfixe de clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Part size in MiB</source>
        <translation>Taille des parties en Mio</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation>&amp;Taille des parties&#xa0;:</translation>
    </message>
    <message>
        <source>Parts in flight</source>
        <translation>Parties en parallèle</translation>
    </message>
    <message>
        <source>Parts in &amp;flight:</source>
        <translation>Pa&amp;rties en parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Classe de stockage</translation>
    </message>
    <message>
        <source>S&amp;torage class:</source>
        <translation>Classe de &amp;stockage&#xa0;:</translation>
    </message>
    <message>
        <source>Server-side encryption</source>
        <translation>Chiffrement côté serveur</translation>
    </message>
    <message>
        <source>Server-side &amp;encryption:</source>
        <translation>Chiffrement côté s&amp;erveur&#xa0;:</translation>
    </message>
    <message>
        <source>KMS key for server-side encryption</source>
        <translation>Clé KMS du chiffrement côté serveur</translation>
    </message>
    <message>
        <source>SSE K&amp;MS key:</source>
        <translation>Clé K&amp;MS SSE&#xa0;:</translation>
    </message>
    <message>
        <source>Checksum algorithm</source>
        <translation>Algorithme de somme de contrôle</translation>
    </message>
    <message>
        <source>&amp;Checksum:</source>
        <translation>Somme de contrô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Finding the bucket&apos;s Region…</source>
        <translation>Recherche de la Région du compartiment…</translation>
    </message>
    <message>
        <source>There is no bucket %1.</source>
        <translation>Le compartiment %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Pick one of the listed buckets, or create it first.</source>
        <translation>Choisissez l&apos;un des compartiments listés, ou créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot find the bucket&apos;s Region: %1</source>
        <translation>Impossible de trouver la Région du compartiment&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bucket is in %1, the import in %2.</source>
        <translation>Le compartiment se trouve dans %1, l&apos;importation dans %2.</translation>
    </message>
    <message>
        <source>VM Import/Export reads only buckets in the import&apos;s Region.</source>
        <translation>VM Import/Export ne lit que les compartiments de la Région de l&apos;importation.</translation>
    </message>
    <message>
        <source>The bucket is in %1, like the import.</source>
        <translation>Le compartiment se trouve dans %1, comme l&apos;importation.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Pick the bucket and folder in S3</source>
        <translation>Choisir le compartiment et le dossier dans S3</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>&amp;Compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>In S3 now:</source>
        <translation>Actuellement dans S3&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete the uploaded objects after a successful import</source>
        <translation>Supprimer les o&amp;bjets chargés après une importation réussie</translation>
    </message>
    <message>
        <source>The import keeps its own copy; the uploaded objects only cost storage afterwards.</source>
        <translation>L&apos;importation conserve sa propre copie&#xa0;; ensuite, les objets chargés ne font que coûter du stockage.</translation>
    </message>
    <message>
        <source>%1: looking…</source>
        <translation>%1&#xa0;: recherche…</translation>
    </message>
    <message>
        <source>%1: not there yet; it will be uploaded</source>
        <translation>%1&#xa0;: pas encore présent&#xa0;; il sera chargé</translation>
    </message>
    <message>
        <source>%1: already in S3 (same size): will not be uploaded again</source>
        <translation>%1&#xa0;: déjà dans S3 (même taille)&#xa0;: ne sera pas chargé de nouveau</translation>
    </message>
    <message>
        <source>%1: an object of another size is there: it will be replaced</source>
        <translation>%1&#xa0;: un objet d&apos;une autre taille s&apos;y trouve&#xa0;: il sera remplacé</translation>
    </message>
    <message>
        <source>%1: cannot tell (%2)</source>
        <translation>%1&#xa0;: impossible à déterminer (%2)</translation>
    </message>
    <message>
        <source>No local file to upload.</source>
        <translation>Aucun fichier local à charger.</translation>
    </message>
</context>
<context>
    <name>vmi::ui::WizardPage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
</TS>
