<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>DiskInspector</name>
    <message>
        <source>The inspection stopped at its read limit (%1 bytes); the report may be incomplete.</source>
        <translation>読み取り上限 (%1 バイト) に達したため検査を中止しました。レポートが不完全な可能性があります。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>ForeignFormatSniffer</name>
    <message>
        <source>This QCOW2 image has a backing file: it holds only the changes made on top of it.</source>
        <translation>この QCOW2 イメージにはバッキングファイルがあります。バッキングファイルに対する変更だけを保持しています。</translation>
    </message>
    <message>
        <source>qemu-img convert follows the backing chain and writes one complete disk.</source>
        <translation>qemu-img convert はバッキングチェーンをたどり、完全な 1 つのディスクを書き出します。</translation>
    </message>
    <message>
        <source>This QCOW2 image is encrypted; AWS imports only unencrypted disks.</source>
        <translation>この QCOW2 イメージは暗号化されています。AWS がインポートできるのは暗号化されていないディスクのみです。</translation>
    </message>
</context>
<context>
    <name>ImportPolicy</name>
    <message>
        <source>Convert it to a stream-optimized VMDK, which ImportImage and ImportSnapshot take: %1</source>
        <translation>ImportImage と ImportSnapshot が受け付けるストリーム最適化 VMDK に変換してください: %1</translation>
    </message>
    <message>
        <source>This VMDK is %1; AWS imports only stream-optimized VMDKs.</source>
        <translation>この VMDK の形式は %1 です。AWS がインポートできるのはストリーム最適化 VMDK のみです。</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>This is a differencing VHD: it holds only the changes to a parent disk, and AWS refuses it (&quot;Footers not identical&quot;).</source>
        <translation>これは差分 VHD です。親ディスクに対する変更だけを保持しているため、AWS はインポートを拒否します (&quot;Footers not identical&quot;)。</translation>
    </message>
    <message>
        <source>Merge it into its parent in Hyper-V, or let qemu-img follow the chain: %1</source>
        <translation>Hyper-V で親ディスクにマージするか、qemu-img でチェーンをたどって変換してください: %1</translation>
    </message>
    <message>
        <source>This is a differencing VHDX: it holds only the changes to a parent disk.</source>
        <translation>これは差分 VHDX です。親ディスクに対する変更だけを保持しています。</translation>
    </message>
    <message>
        <source>ImportSnapshot does not take VHDX; use ImportImage, or convert the disk for a snapshot.</source>
        <translation>ImportSnapshot は VHDX を受け付けません。ImportImage を使用するか、スナップショット用にディスクを変換してください。</translation>
    </message>
    <message>
        <source>AWS does not import %1 images.</source>
        <translation>AWS は %1 イメージをインポートできません。</translation>
    </message>
    <message>
        <source>(or -O raw for a raw image, which is larger to upload).</source>
        <translation>(raw イメージにする場合は -O raw。ただし、アップロードするサイズは大きくなります)。</translation>
    </message>
    <message>
        <source>ISO images go to Image Builder&apos;s ImportDiskImage (Windows 11 Enterprise only); EC2 imports do not take them.</source>
        <translation>ISO イメージは Image Builder の ImportDiskImage でインポートします (Windows 11 Enterprise のみ)。EC2 のインポートでは ISO を受け付けません。</translation>
    </message>
    <message>
        <source>This is not a disk image format AWS imports (OVA, VMDK, VHD, VHDX, raw, or an ISO for Image Builder).</source>
        <translation>AWS がインポートできるディスクイメージ形式ではありません (OVA、VMDK、VHD、VHDX、raw、または Image Builder 用の ISO)。</translation>
    </message>
    <message>
        <source>The disk is 16 TiB or larger; AWS imports only smaller disks.</source>
        <translation>ディスクが 16 TiB 以上です。AWS がインポートできるのはこれより小さいディスクのみです。</translation>
    </message>
    <message>
        <source>ImportImage takes only disks smaller than 8 TiB.</source>
        <translation>ImportImage が受け付けるのは 8 TiB 未満のディスクのみです。</translation>
    </message>
    <message>
        <source>Import this disk as a snapshot (ImportSnapshot) instead.</source>
        <translation>代わりに、このディスクをスナップショットとして (ImportSnapshot で) インポートしてください。</translation>
    </message>
</context>
<context>
    <name>IsoSniffer</name>
    <message>
        <source>The ISO is shorter than its volume descriptor says (%1 of %2 bytes): it is truncated.</source>
        <translation>ISO がボリューム記述子に記録されたサイズより短くなっています (%2 バイト中 %1 バイト)。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>Download the ISO again and compare its checksum.</source>
        <translation>ISO をもう一度ダウンロードし、チェックサムを照合してください。</translation>
    </message>
    <message>
        <source>Volume label: %1</source>
        <translation>ボリュームラベル: %1</translation>
    </message>
    <message>
        <source>The ISO has no El Torito boot record: it is not a bootable installation disc.</source>
        <translation>ISO に El Torito ブートレコードがありません。起動可能なインストールディスクではありません。</translation>
    </message>
</context>
<context>
    <name>OvaSniffer</name>
    <message numerus="yes">
        <source>The archive is damaged after %n member(s).</source>
        <translation>
            <numerusform>アーカイブが破損しています (正常に読み取れたメンバーは %n 個)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the OVA again from its source.</source>
        <translation>元の環境から OVA をもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The OVF references &quot;%1&quot;, which is not in the archive.</source>
        <translation>OVF が参照している「%1」がアーカイブ内にありません。</translation>
    </message>
    <message>
        <source>Export the OVA again with every disk inside it.</source>
        <translation>すべてのディスクを含めて OVA をもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a chunk of a disk: AWS refuses OVAs with chunked disk files.</source>
        <translation>「%1」はディスクの分割ファイルです。AWS は分割されたディスクファイルを含む OVA を受け付けません。</translation>
    </message>
    <message>
        <source>Export the OVA again without chunking (one file per disk).</source>
        <translation>分割せずに (ディスクごとに 1 ファイルで) OVA をもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; in the OVA is a %2 VMDK; AWS takes only stream-optimized VMDKs.</source>
        <translation>OVA 内のディスク「%1」は %2 形式の VMDK です。AWS が受け付けるのはストリーム最適化 VMDK のみです。</translation>
    </message>
    <message>
        <source>Extract the OVA, convert the disk with qemu-img convert -O vmdk -o subformat=streamOptimized, and import the VMDK (or rebuild the OVA).</source>
        <translation>OVA を展開し、qemu-img convert -O vmdk -o subformat=streamOptimized でディスクを変換してから、その VMDK をインポートしてください (または OVA を作り直してください)。</translation>
    </message>
    <message>
        <source>The OVA member &quot;%1&quot; is not a disk format AWS reads (%2).</source>
        <translation>OVA のメンバー「%1」は AWS が読み取れるディスク形式ではありません (%2)。</translation>
    </message>
    <message>
        <source>The archive holds no .ovf descriptor: it is a tar file, not an OVA.</source>
        <translation>アーカイブに .ovf 記述子がありません。OVA ではなく通常の tar ファイルです。</translation>
    </message>
    <message>
        <source>The .ovf descriptor is not the archive&apos;s first member, as the OVF standard requires.</source>
        <translation>OVF 標準の規定に反して、.ovf 記述子がアーカイブの最初のメンバーになっていません。</translation>
    </message>
    <message>
        <source>Rebuild it with the .ovf first: tar -cf out.ova vm.ovf vm.mf disk1.vmdk ...</source>
        <translation>.ovf を先頭にして作り直してください: tar -cf out.ova vm.ovf vm.mf disk1.vmdk ...</translation>
    </message>
    <message>
        <source>The OVA contains no disk.</source>
        <translation>OVA にディスクが含まれていません。</translation>
    </message>
</context>
<context>
    <name>PartitionTableSniffer</name>
    <message>
        <source>The disk has a protective MBR but no GPT header in sector 1: the GPT is damaged.</source>
        <translation>ディスクには保護 MBR がありますが、セクター 1 に GPT ヘッダーがありません。GPT が破損しています。</translation>
    </message>
    <message>
        <source>Repair the partition table (for example with gdisk) before importing.</source>
        <translation>インポートする前に (gdisk などで) パーティションテーブルを修復してください。</translation>
    </message>
    <message>
        <source>The GPT header describes no readable partition entries.</source>
        <translation>GPT ヘッダーに読み取り可能なパーティションエントリがありません。</translation>
    </message>
    <message>
        <source>The GPT has no partitions.</source>
        <translation>GPT にパーティションがありません。</translation>
    </message>
    <message>
        <source>The disk has both an EFI System Partition and a BIOS boot partition: it may boot either way; UEFI is suggested.</source>
        <translation>ディスクには EFI システムパーティションと BIOS ブートパーティションの両方があります。どちらの方法でも起動できる可能性がありますが、UEFI をお勧めします。</translation>
    </message>
    <message>
        <source>No partition table found: the disk is empty or holds a bare file system.</source>
        <translation>パーティションテーブルが見つかりません。ディスクが空か、パーティションのないファイルシステムです。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; (%2) cannot be used: %3</source>
        <translation>プロファイル「%1」(%2) は使用できません: %3</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>A profile name does not begin or end with spaces.</source>
        <translation>プロファイル名の先頭と末尾にはスペースを使用できません。</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>プロファイル名は %1 文字以内です。</translation>
    </message>
    <message>
        <source>A profile name has no control characters.</source>
        <translation>プロファイル名には制御文字を使用できません。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to a profile that cannot be read (%2); choose another name.</source>
        <translation>名前「%1」は読み取れないプロファイルで使用されています (%2)。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;, but could not remove the old file %2.</source>
        <translation>「%1」を保存しましたが、古いファイル %2 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
    <message>
        <source>The profile in %1 is for %2, not %3.</source>
        <translation>%1 のプロファイルは %3 用ではなく %2 用です。</translation>
    </message>
    <message>
        <source>Cannot tell which import %1 is for; name the operation (ImportImage, ImportSnapshot or ImportDiskImage).</source>
        <translation>%1 がどのインポート用か判別できません。オペレーション (ImportImage、ImportSnapshot、ImportDiskImage) を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n empty placeholder value(s) of an AWS CLI skeleton: %1</source>
        <translation>
            <numerusform>AWS CLI スケルトンの空のプレースホルダー値 %n 個を除外しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is not valid JSON: %2 at offset %3.</source>
        <translation>%1: このファイルは有効な JSON ではありません: オフセット %3 で %2。</translation>
    </message>
    <message>
        <source>%1: the file holds no JSON object.</source>
        <translation>%1: このファイルには JSON オブジェクトがありません。</translation>
    </message>
</context>
<context>
    <name>VhdSniffer</name>
    <message>
        <source>The VHD footer is missing from the end of the file: the file is truncated (an interrupted copy or download?).</source>
        <translation>ファイルの末尾に VHD フッターがありません。ファイルが途中で切れています (コピーやダウンロードが中断された可能性があります)。</translation>
    </message>
    <message>
        <source>Copy the VHD again from its source.</source>
        <translation>元の場所から VHD をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The VHD footer checksum is wrong: the file may be damaged.</source>
        <translation>VHD フッターのチェックサムが正しくありません。ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>The fixed VHD&apos;s size does not match the disk size its footer records.</source>
        <translation>固定サイズ VHD のサイズが、フッターに記録されたディスクサイズと一致しません。</translation>
    </message>
    <message>
        <source>The two copies of the VHD footer differ (AWS: &quot;Footers not identical&quot;).</source>
        <translation>VHD フッターの 2 つのコピーが一致しません (AWS: &quot;Footers not identical&quot;)。</translation>
    </message>
    <message>
        <source>The VHD footer names an unknown disk type (%1).</source>
        <translation>VHD フッターに不明なディスクタイプ (%1) が記録されています。</translation>
    </message>
</context>
<context>
    <name>VhdxSniffer</name>
    <message>
        <source>The VHDX metadata could not be read, so its virtual size is unknown.</source>
        <translation>VHDX のメタデータを読み取れなかったため、仮想サイズが不明です。</translation>
    </message>
</context>
<context>
    <name>VmdkSniffer</name>
    <message>
        <source>This VMDK is a snapshot (delta) disk of &quot;%1&quot;; it holds only the changes since the snapshot.</source>
        <translation>この VMDK は「%1」のスナップショット (差分) ディスクです。スナップショット以降の変更だけを保持しています。</translation>
    </message>
    <message>
        <source>Consolidate the snapshots in your hypervisor, or convert the newest delta with qemu-img, which follows the parent chain.</source>
        <translation>ハイパーバイザーでスナップショットを統合するか、親チェーンをたどる qemu-img で最新の差分ディスクを変換してください。</translation>
    </message>
    <message>
        <source>This is a VMDK sparse extent without a descriptor: probably one piece of a split disk.</source>
        <translation>これは記述子のない VMDK のスパースエクステントです。分割ディスクの一部と思われます。</translation>
    </message>
    <message>
        <source>Inspect and convert the disk&apos;s descriptor file (the small .vmdk that names the extents) instead.</source>
        <translation>代わりに、ディスクの記述子ファイル (エクステントを指定している小さな .vmdk) を検査して変換してください。</translation>
    </message>
    <message>
        <source>The descriptor says streamOptimized but the grains are not compressed: the file may be damaged.</source>
        <translation>記述子では streamOptimized となっていますが、グレインが圧縮されていません。ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>This is a VMDK descriptor file: the disk&apos;s data is in its extent files (%1), which an upload of this file alone would leave behind.</source>
        <translation>これは VMDK の記述子ファイルです。ディスクのデータはエクステントファイル (%1) にあるため、このファイルだけをアップロードしてもデータは含まれません。</translation>
    </message>
    <message>
        <source>Convert the descriptor (qemu-img reads the extents next to it) into one stream-optimized VMDK and upload that.</source>
        <translation>記述子を 1 つのストリーム最適化 VMDK に変換して (qemu-img は同じ場所にあるエクステントを読み取ります)、それをアップロードしてください。</translation>
    </message>
    <message>
        <source>Extent files named by the descriptor are missing: %1.</source>
        <translation>記述子に指定されているエクステントファイルが見つかりません: %1</translation>
    </message>
    <message>
        <source>Keep the descriptor and its extent files in the same folder.</source>
        <translation>記述子とエクステントファイルは同じフォルダーに置いてください。</translation>
    </message>
</context>
<context>
    <name>vmi::AfterImportRules</name>
    <message>
        <source>Image Builder puts the request&apos;s tags on the image itself; this option is for EC2 imports.</source>
        <translation>Image Builder はリクエストのタグをイメージ自体に付けます。このオプションは EC2 インポート用です。</translation>
    </message>
    <message>
        <source>There are no tags to copy to the AMI and its snapshots.</source>
        <translation>AMI とそのスナップショットにコピーするタグがありません。</translation>
    </message>
    <message>
        <source>Add tags on the Tags page.</source>
        <translation>[タグ] ページでタグを追加してください。</translation>
    </message>
    <message>
        <source>No local file is uploaded, so there is nothing to delete afterwards.</source>
        <translation>ローカルファイルをアップロードしないため、インポート後に削除するものはありません。</translation>
    </message>
    <message>
        <source>Registering an AMI afterwards follows a snapshot import only; ImportImage makes its own AMI.</source>
        <translation>インポート後の AMI 登録はスナップショットのインポートでのみ行います。ImportImage は AMI を自動で作成します。</translation>
    </message>
    <message>
        <source>The AMI needs a name.</source>
        <translation>AMI の名前が必要です。</translation>
    </message>
    <message>
        <source>An AMI name has 3 to 128 characters: letters, digits, spaces and ( ) [ ] . / - &apos; @ _.</source>
        <translation>AMI 名は 3～128 文字で、英字、数字、スペース、および ( ) [ ] . / - &apos; @ _ を使用できます。</translation>
    </message>
    <message>
        <source>An AMI description has at most 255 characters.</source>
        <translation>AMI の説明は 255 文字以内です。</translation>
    </message>
    <message>
        <source>arm64 instances boot with UEFI only.</source>
        <translation>arm64 インスタンスは UEFI でのみ起動します。</translation>
    </message>
    <message>
        <source>Choose uefi.</source>
        <translation>uefi を選択してください。</translation>
    </message>
    <message>
        <source>NitroTPM needs the uefi boot mode.</source>
        <translation>NitroTPM には uefi ブートモードが必要です。</translation>
    </message>
    <message>
        <source>A root device name looks like /dev/xvda or /dev/sda1.</source>
        <translation>ルートデバイス名は /dev/xvda や /dev/sda1 のような形式です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>「%1」は %2 のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>vmi::DiskRules</name>
    <message>
        <source>ImportSnapshot needs a disk.</source>
        <translation>ImportSnapshot にはディスクが必要です。</translation>
    </message>
    <message>
        <source>Choose a disk file to upload, or name its S3 object.</source>
        <translation>アップロードするディスクファイルを選択するか、S3 オブジェクトを指定してください。</translation>
    </message>
    <message>
        <source>ImportSnapshot imports one disk; %1 are set.</source>
        <translation>ImportSnapshot でインポートできるディスクは 1 つですが、%1 個が設定されています。</translation>
    </message>
    <message>
        <source>Import the others with one ImportSnapshot each, or use ImportImage.</source>
        <translation>残りのディスクはそれぞれ別の ImportSnapshot でインポートするか、ImportImage を使用してください。</translation>
    </message>
    <message>
        <source>ImportImage needs at least one disk.</source>
        <translation>ImportImage には少なくとも 1 つのディスクが必要です。</translation>
    </message>
    <message>
        <source>Choose a disk file to upload, or name its S3 object or EBS snapshot.</source>
        <translation>アップロードするディスクファイルを選択するか、S3 オブジェクトまたは EBS スナップショットを指定してください。</translation>
    </message>
    <message>
        <source>Import the extra disks with ImportSnapshot.</source>
        <translation>超過分のディスクは ImportSnapshot でインポートしてください。</translation>
    </message>
    <message>
        <source>An OVA holds a whole virtual machine: import it as the only disk.</source>
        <translation>OVA には仮想マシン全体が含まれます。OVA は単独のディスクとしてインポートしてください。</translation>
    </message>
    <message>
        <source>Remove the other disks, or import the OVA&apos;s disks one by one.</source>
        <translation>他のディスクを削除するか、OVA 内のディスクを 1 つずつインポートしてください。</translation>
    </message>
    <message>
        <source>ImportSnapshot has no DeviceName; it is not sent.</source>
        <translation>ImportSnapshot には DeviceName がないため、送信されません。</translation>
    </message>
    <message>
        <source>ImportSnapshot has no SnapshotId; it is not sent.</source>
        <translation>ImportSnapshot には SnapshotId がないため、送信されません。</translation>
    </message>
    <message>
        <source>A disk comes from one place: give one of Url, UserBucket and SnapshotId.</source>
        <translation>ディスクのソースは 1 つだけです。Url、UserBucket、SnapshotId のいずれか 1 つを指定してください。</translation>
    </message>
    <message>
        <source>This disk has a local file to upload and also a %1.</source>
        <translation>このディスクには、アップロードするローカルファイルと %1 の両方が指定されています。</translation>
    </message>
    <message>
        <source>Remove the local file, or the %1.</source>
        <translation>ローカルファイルか %1 のどちらかを削除してください。</translation>
    </message>
    <message>
        <source>The disk has no source.</source>
        <translation>ディスクのソースが指定されていません。</translation>
    </message>
    <message>
        <source>Choose a local file to upload, or name its S3 object (UserBucket or Url)%1.</source>
        <translation>アップロードするローカルファイルを選択するか、S3 オブジェクト (UserBucket または Url)%1 を指定してください。</translation>
    </message>
    <message>
        <source> or an EBS snapshot (SnapshotId)</source>
        <translation> または EBS スナップショット (SnapshotId)</translation>
    </message>
    <message>
        <source>%1 has a local file, but no bucket to upload it to.</source>
        <translation>%1 にはローカルファイルがありますが、アップロード先のバケットがありません。</translation>
    </message>
    <message>
        <source>Set the upload bucket, or the disk&apos;s UserBucket.S3Bucket.</source>
        <translation>アップロード先のバケットか、ディスクの UserBucket.S3Bucket を設定してください。</translation>
    </message>
    <message>
        <source>Shorten the key prefix.</source>
        <translation>キープレフィックスを短くしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an EBS snapshot id (snap- and 8 or 17 hex digits).</source>
        <translation>「%1」は EBS スナップショット ID ではありません (snap- に続く 8 桁または 17 桁の 16 進数)。</translation>
    </message>
    <message>
        <source>The bucket must exist in the import&apos;s Region and the vmimport role must read it.</source>
        <translation>バケットはインポート先と同じリージョンに存在し、vmimport ロールが読み取れる必要があります。</translation>
    </message>
    <message>
        <source>UserBucket needs the bucket name (S3Bucket).</source>
        <translation>UserBucket にはバケット名 (S3Bucket) が必要です。</translation>
    </message>
    <message>
        <source>UserBucket needs the object key (S3Key).</source>
        <translation>UserBucket にはオブジェクトキー (S3Key) が必要です。</translation>
    </message>
    <message>
        <source>The s3:// URL names no bucket.</source>
        <translation>s3:// URL にバケットが指定されていません。</translation>
    </message>
    <message>
        <source>Write s3://BUCKET/KEY.</source>
        <translation>s3://BUCKET/KEY の形式で入力してください。</translation>
    </message>
    <message>
        <source>A presigned URL expires, and profiles do not keep its signature.</source>
        <translation>署名付き URL には有効期限があり、プロファイルには署名が保存されません。</translation>
    </message>
    <message>
        <source>Prefer an s3:// URL or UserBucket, which the vmimport role reads.</source>
        <translation>vmimport ロールが読み取れる s3:// URL か UserBucket の使用をお勧めします。</translation>
    </message>
    <message>
        <source>EC2 takes https:// or s3:// URLs, not http://.</source>
        <translation>EC2 が受け付けるのは https:// または s3:// の URL で、http:// は使用できません。</translation>
    </message>
    <message>
        <source>The Url must start with s3:// or https://.</source>
        <translation>Url は s3:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>For example s3://BUCKET/KEY.</source>
        <translation>例: s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>The disk&apos;s Format is not set.</source>
        <translation>ディスクの Format が設定されていません。</translation>
    </message>
    <message>
        <source>Set it to one of %1.</source>
        <translation>%1 のいずれかを設定してください。</translation>
    </message>
    <message>
        <source>The file is %1: set Format to %1.</source>
        <translation>ファイルは %1 形式です。Format を %1 に設定してください。</translation>
    </message>
    <message>
        <source>ImportSnapshot does not take VHDX (&quot;Unsupported specified file format&quot;).</source>
        <translation>ImportSnapshot は VHDX を受け付けません (&quot;Unsupported specified file format&quot;)。</translation>
    </message>
    <message>
        <source>Use ImportImage, or convert the disk to VHD, VMDK or RAW.</source>
        <translation>ImportImage を使用するか、ディスクを VHD、VMDK、RAW のいずれかに変換してください。</translation>
    </message>
    <message>
        <source>ImportSnapshot takes one disk, not an OVA.</source>
        <translation>ImportSnapshot が受け付けるのは単一のディスクで、OVA は使用できません。</translation>
    </message>
    <message>
        <source>Use ImportImage for an OVA.</source>
        <translation>OVA には ImportImage を使用してください。</translation>
    </message>
    <message>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation>%1 が受け付けるのは %2 で、「%3」は使用できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device name EC2 uses.</source>
        <translation>「%1」は EC2 で使用されるデバイス名ではありません。</translation>
    </message>
    <message>
        <source>For example /dev/sda1 or /dev/xvda for the boot disk, /dev/sdf for others.</source>
        <translation>例: ブートディスクには /dev/sda1 または /dev/xvda、その他のディスクには /dev/sdf。</translation>
    </message>
    <message>
        <source>Another disk has the device name %1.</source>
        <translation>デバイス名 %1 は別のディスクで使用されています。</translation>
    </message>
    <message>
        <source>ISO images go to Image Builder&apos;s ImportDiskImage.</source>
        <translation>ISO イメージは Image Builder の ImportDiskImage でインポートします。</translation>
    </message>
    <message>
        <source>Use ImportImage, or convert the disk: %1</source>
        <translation>ImportImage を使用するか、ディスクを変換してください: %1</translation>
    </message>
    <message>
        <source>Convert it: %1</source>
        <translation>変換してください: %1</translation>
    </message>
    <message>
        <source>%1 does not take this file: it is %2.</source>
        <translation>%1 はこのファイルを受け付けません。このファイルは %2 です。</translation>
    </message>
    <message>
        <source>not a disk image format AWS imports</source>
        <translation>AWS がインポートできない形式</translation>
    </message>
    <message>
        <source>Format says %1, but the file is %2.</source>
        <translation>Format は %1 ですが、ファイルは %2 です。</translation>
    </message>
    <message>
        <source>Set Format to %1.</source>
        <translation>Format を %1 に設定してください。</translation>
    </message>
    <message>
        <source>This VMDK is %1; AWS imports only stream-optimized VMDKs (&quot;Unsupported VMDK File Format&quot;).</source>
        <translation>この VMDK の形式は %1 です。AWS がインポートできるのはストリーム最適化 VMDK のみです (&quot;Unsupported VMDK File Format&quot;)。</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>This is a differencing disk: it holds only changes to a parent, and AWS refuses it.</source>
        <translation>これは差分ディスクです。親ディスクに対する変更だけを保持しているため、AWS はインポートを拒否します。</translation>
    </message>
    <message>
        <source>Merge it into its parent, or convert the chain: %1</source>
        <translation>親ディスクにマージするか、チェーン全体を変換してください: %1</translation>
    </message>
    <message>
        <source>The disk is 16 TiB or larger; AWS imports only smaller disks.</source>
        <translation>ディスクが 16 TiB 以上です。AWS がインポートできるのはこれより小さいディスクのみです。</translation>
    </message>
    <message>
        <source>ImportImage takes only disks smaller than 8 TiB.</source>
        <translation>ImportImage が受け付けるのは 8 TiB 未満のディスクのみです。</translation>
    </message>
    <message>
        <source>Import this disk with ImportSnapshot.</source>
        <translation>このディスクは ImportSnapshot でインポートしてください。</translation>
    </message>
    <message>
        <source>The first disk is the boot disk, but its file has no partition table.</source>
        <translation>最初のディスクがブートディスクになりますが、そのファイルにはパーティションテーブルがありません。</translation>
    </message>
    <message>
        <source>Put the boot disk first.</source>
        <translation>ブートディスクを先頭に配置してください。</translation>
    </message>
    <message>
        <source>BootMode is legacy-bios, but the boot disk has an EFI system partition.</source>
        <translation>BootMode は legacy-bios ですが、ブートディスクに EFI システムパーティションがあります。</translation>
    </message>
    <message>
        <source>Set BootMode to uefi, or leave it unset.</source>
        <translation>BootMode を uefi に設定するか、未設定のままにしてください。</translation>
    </message>
    <message>
        <source>BootMode is uefi, but the boot disk looks like a legacy BIOS disk.</source>
        <translation>BootMode は uefi ですが、ブートディスクはレガシー BIOS 用のディスクのようです。</translation>
    </message>
    <message>
        <source>Set BootMode to legacy-bios, or leave it unset.</source>
        <translation>BootMode を legacy-bios に設定するか、未設定のままにしてください。</translation>
    </message>
    <message numerus="yes">
        <source>ImportImage fails for more than %1 disks; %n are set.</source>
        <translation>
            <numerusform>ディスクが %1 個を超えると ImportImage は失敗しますが、%n 個が設定されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk has no partition table: ImportImage needs a bootable, partitioned disk (AWS answers &quot;No valid partitions&quot;).</source>
        <translation>ディスクにパーティションテーブルがありません。ImportImage には起動可能でパーティション分割されたディスクが必要です (AWS の応答は「No valid partitions」)。</translation>
    </message>
    <message>
        <source>Import a data disk without partitions with ImportSnapshot.</source>
        <translation>パーティションのないデータディスクは ImportSnapshot でインポートしてください。</translation>
    </message>
</context>
<context>
    <name>vmi::DiskTableModel</name>
    <message>
        <source>Snapshot %1</source>
        <translation>スナップショット %1</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>検査中…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Found in the file</source>
        <translation>ファイルの検査結果</translation>
    </message>
</context>
<context>
    <name>vmi::Ec2RequestRules</name>
    <message>
        <source>DryRun is on: EC2 only checks your permissions and starts no import.</source>
        <translation>DryRun がオンです。EC2 はアクセス許可を確認するだけで、インポートは開始しません。</translation>
    </message>
    <message>
        <source>Turn DryRun off to import. (A dry run that would succeed answers with the DryRunOperation error.)</source>
        <translation>インポートするには DryRun をオフにしてください。(成功するはずのドライランには DryRunOperation エラーが返されます。)</translation>
    </message>
    <message>
        <source>ImportSnapshot has no %1; it is not sent.</source>
        <translation>ImportSnapshot には %1 がないため、送信されません。</translation>
    </message>
    <message>
        <source>It matters only for ImportImage.</source>
        <translation>ImportImage でのみ意味があります。</translation>
    </message>
    <message>
        <source>VM Import/Export deprecates i386 from February 1, 2026.</source>
        <translation>VM Import/Export では 2026 年 2 月 1 日以降 i386 が非推奨になります。</translation>
    </message>
    <message>
        <source>Import a 64-bit (x86_64) system if you can.</source>
        <translation>可能であれば 64 ビット (x86_64) のシステムをインポートしてください。</translation>
    </message>
    <message>
        <source>ImportImage does not take ARM64 virtual machines.</source>
        <translation>ImportImage は ARM64 の仮想マシンを受け付けません。</translation>
    </message>
    <message>
        <source>Import the disk with ImportSnapshot and register an arm64 AMI from the snapshot.</source>
        <translation>ディスクを ImportSnapshot でインポートし、そのスナップショットから arm64 の AMI を登録してください。</translation>
    </message>
    <message>
        <source>Architecture must be x86_64 or i386, not &quot;%1&quot;.</source>
        <translation>Architecture には x86_64 または i386 を指定してください (「%1」は指定できません)。</translation>
    </message>
    <message>
        <source>uefi-preferred is not supported for imports.</source>
        <translation>uefi-preferred はインポートではサポートされていません。</translation>
    </message>
    <message>
        <source>Choose uefi or legacy-bios, or leave BootMode unset to let AWS detect it.</source>
        <translation>uefi か legacy-bios を選択するか、BootMode を未設定にして AWS に検出させてください。</translation>
    </message>
    <message>
        <source>A UEFI import from an EBS snapshot needs Platform.</source>
        <translation>EBS スナップショットから UEFI でインポートするには Platform が必要です。</translation>
    </message>
    <message>
        <source>Set Platform to Windows or Linux.</source>
        <translation>Platform を Windows または Linux に設定してください。</translation>
    </message>
    <message>
        <source>Platform is not set; imports without it have stalled at &quot;updating&quot;.</source>
        <translation>Platform が設定されていません。Platform を指定しないインポートが &quot;updating&quot; の段階で止まった例があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usage operation (RunInstances or RunInstances:NNNN).</source>
        <translation>「%1」は使用オペレーションではありません (RunInstances または RunInstances:NNNN)。</translation>
    </message>
    <message>
        <source>For example RunInstances:0800 for Windows BYOL, RunInstances for Linux.</source>
        <translation>例: Windows BYOL の場合は RunInstances:0800、Linux の場合は RunInstances。</translation>
    </message>
    <message>
        <source>VM Import/Export does not list %1 among its usage operations.</source>
        <translation>%1 は VM Import/Export の使用オペレーションの一覧にありません。</translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation>既知の値: %1</translation>
    </message>
    <message>
        <source>Give LicenseType or UsageOperation, not both: AWS refuses both.</source>
        <translation>LicenseType と UsageOperation はどちらか一方だけを指定してください。両方を指定すると AWS に拒否されます。</translation>
    </message>
    <message>
        <source>Remove one of them.</source>
        <translation>どちらかを削除してください。</translation>
    </message>
    <message>
        <source>AWS strongly recommends setting LicenseType or UsageOperation.</source>
        <translation>AWS では LicenseType または UsageOperation の設定を強く推奨しています。</translation>
    </message>
    <message>
        <source>Without them Windows Server gets an AWS license, everything else BYOL.</source>
        <translation>設定しない場合、Windows Server には AWS のライセンスが適用され、それ以外はすべて BYOL になります。</translation>
    </message>
    <message>
        <source>A license specification needs a LicenseConfigurationArn.</source>
        <translation>ライセンス仕様には LicenseConfigurationArn が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a License Manager license configuration ARN.</source>
        <translation>「%1」は License Manager のライセンス設定 ARN ではありません。</translation>
    </message>
    <message>
        <source>It looks like arn:aws:license-manager:REGION:ACCOUNT:license-configuration:lic-...</source>
        <translation>次のような形式です: arn:aws:license-manager:REGION:ACCOUNT:license-configuration:lic-...</translation>
    </message>
    <message>
        <source>The license configuration is in the %1 partition, not %2.</source>
        <translation>ライセンス設定は %2 ではなく %1 パーティションにあります。</translation>
    </message>
    <message>
        <source>The license configuration is in %1, the import in %2.</source>
        <translation>ライセンス設定は %1 にありますが、インポートは %2 で行われます。</translation>
    </message>
    <message>
        <source>A KmsKeyId needs Encrypted set to true.</source>
        <translation>KmsKeyId を指定するには Encrypted を true に設定する必要があります。</translation>
    </message>
    <message>
        <source>Turn Encrypted on, or remove the key to import unencrypted.</source>
        <translation>Encrypted をオンにするか、キーを削除して暗号化せずにインポートしてください。</translation>
    </message>
    <message>
        <source>The ClientToken is empty.</source>
        <translation>ClientToken が空です。</translation>
    </message>
    <message>
        <source>Leave it unset: the app makes one per import and keeps it.</source>
        <translation>未設定のままにしてください。アプリがインポートごとに作成して保持します。</translation>
    </message>
    <message>
        <source>A ClientToken is at most 64 printable ASCII characters.</source>
        <translation>ClientToken は 64 文字以内の印刷可能な ASCII 文字です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IAM role name (1 to 64 letters, digits and _+=,.@-).</source>
        <translation>「%1」は IAM ロール名ではありません (英字、数字、_+=,.@- の 1～64 文字)。</translation>
    </message>
    <message>
        <source>Give the role&apos;s name, not its ARN; unset means &quot;vmimport&quot;.</source>
        <translation>ARN ではなくロール名を指定してください。未設定の場合は &quot;vmimport&quot; になります。</translation>
    </message>
    <message>
        <source>The upload ends before it starts.</source>
        <translation>アップロードの終了時刻が開始時刻より前です。</translation>
    </message>
    <message>
        <source>UploadStart must not be after UploadEnd.</source>
        <translation>UploadStart を UploadEnd より後にすることはできません。</translation>
    </message>
    <message>
        <source>The upload size cannot be negative.</source>
        <translation>アップロードサイズに負の値は指定できません。</translation>
    </message>
    <message>
        <source>%1 must be %2, not &quot;%3&quot;.</source>
        <translation>%1 には %2 を指定してください (「%3」は指定できません)。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
</context>
<context>
    <name>vmi::ImageBuilderRules</name>
    <message>
        <source>ImportDiskImage needs %1.</source>
        <translation>ImportDiskImage には %1 が必要です。</translation>
    </message>
    <message>
        <source>ImportDiskImage needs the ISO: a local file to upload, or its s3:// uri.</source>
        <translation>ImportDiskImage には ISO が必要です。アップロードするローカルファイルか、その s3:// URI を指定してください。</translation>
    </message>
    <message>
        <source>An image name has 3 to 128 letters, digits, &apos;-&apos;, &apos;_&apos; and inner spaces.</source>
        <translation>イメージ名は 3～128 文字で、英字、数字、&apos;-&apos;、&apos;_&apos;、およびスペース (先頭と末尾以外) を使用できます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version MAJOR.MINOR.PATCH.</source>
        <translation>「%1」はセマンティックバージョン (MAJOR.MINOR.PATCH) ではありません。</translation>
    </message>
    <message>
        <source>For example 1.0.0.</source>
        <translation>例: 1.0.0</translation>
    </message>
    <message>
        <source>A description has 1 to 1024 characters.</source>
        <translation>説明は 1～1024 文字です。</translation>
    </message>
    <message>
        <source>ImportDiskImage takes platform Windows, not &quot;%1&quot;.</source>
        <translation>ImportDiskImage のプラットフォームは Windows のみです (「%1」は指定できません)。</translation>
    </message>
    <message>
        <source>ImportDiskImage takes osVersion &quot;Microsoft Windows 11&quot;, not &quot;%1&quot;.</source>
        <translation>ImportDiskImage の osVersion は &quot;Microsoft Windows 11&quot; のみです (「%1」は指定できません)。</translation>
    </message>
    <message>
        <source>Image Builder imports Windows 11 Enterprise ISOs only.</source>
        <translation>Image Builder がインポートできるのは Windows 11 Enterprise の ISO のみです。</translation>
    </message>
    <message>
        <source>A clientToken has 1 to 64 characters.</source>
        <translation>clientToken は 1～64 文字です。</translation>
    </message>
    <message>
        <source>Leave it unset: the app makes one per import and keeps it.</source>
        <translation>未設定のままにしてください。アプリがインポートごとに作成して保持します。</translation>
    </message>
    <message>
        <source>A log group name has 1 to 512 letters, digits and - _ / .</source>
        <translation>ロググループ名は 1～512 文字で、英字、数字、および - _ / . を使用できます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an infrastructure configuration ARN.</source>
        <translation>「%1」はインフラストラクチャ設定の ARN ではありません。</translation>
    </message>
    <message>
        <source>It looks like arn:aws:imagebuilder:REGION:ACCOUNT:infrastructure-configuration/NAME.</source>
        <translation>次のような形式です: arn:aws:imagebuilder:REGION:ACCOUNT:infrastructure-configuration/NAME</translation>
    </message>
    <message>
        <source>The infrastructure configuration is in the %1 partition, not %2.</source>
        <translation>インフラストラクチャ設定は %2 ではなく %1 パーティションにあります。</translation>
    </message>
    <message>
        <source>The infrastructure configuration is in %1, but the import runs in %2.</source>
        <translation>インフラストラクチャ設定は %1 にありますが、インポートは %2 で実行されます。</translation>
    </message>
    <message>
        <source>Use an infrastructure configuration of %1.</source>
        <translation>%1 のインフラストラクチャ設定を使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IAM role name or role ARN.</source>
        <translation>「%1」は IAM ロール名でもロール ARN でもありません。</translation>
    </message>
    <message>
        <source>The role is in the %1 partition, not %2.</source>
        <translation>ロールは %2 ではなく %1 パーティションにあります。</translation>
    </message>
    <message>
        <source>The uri must be an S3 URI: s3://BUCKET/KEY.</source>
        <translation>uri は S3 URI (s3://BUCKET/KEY) である必要があります。</translation>
    </message>
    <message>
        <source>Write s3://BUCKET/KEY.</source>
        <translation>s3://BUCKET/KEY の形式で入力してください。</translation>
    </message>
    <message>
        <source>The ISO has no bucket to be uploaded to.</source>
        <translation>ISO のアップロード先バケットがありません。</translation>
    </message>
    <message>
        <source>Set the upload bucket, or the uri.</source>
        <translation>アップロード先のバケットか uri を設定してください。</translation>
    </message>
    <message>
        <source>ImportDiskImage takes a Windows ISO; this file is %1.</source>
        <translation>ImportDiskImage には Windows の ISO が必要ですが、このファイルは %1 です。</translation>
    </message>
    <message>
        <source>not an ISO</source>
        <translation>ISO 以外の形式</translation>
    </message>
    <message>
        <source>Disk images go to EC2&apos;s ImportImage or ImportSnapshot.</source>
        <translation>ディスクイメージは EC2 の ImportImage または ImportSnapshot でインポートします。</translation>
    </message>
    <message>
        <source>uefiData has at most 64000 characters.</source>
        <translation>uefiData は 64000 文字以内です。</translation>
    </message>
    <message>
        <source>uefiData must be Base64.</source>
        <translation>uefiData は Base64 である必要があります。</translation>
    </message>
    <message>
        <source>python-uefivars makes it from a UEFI variable store.</source>
        <translation>python-uefivars を使って UEFI 変数ストアから作成できます。</translation>
    </message>
    <message>
        <source>uefiData can be given only when Secure Boot is on or unset.</source>
        <translation>uefiData を指定できるのは、セキュアブートがオンまたは未設定の場合のみです。</translation>
    </message>
    <message>
        <source>Remove uefiData, or turn secureBootEnabled on.</source>
        <translation>uefiData を削除するか、secureBootEnabled をオンにしてください。</translation>
    </message>
    <message>
        <source>windowsConfiguration needs imageIndex.</source>
        <translation>windowsConfiguration には imageIndex が必要です。</translation>
    </message>
    <message>
        <source>The 1-based index of the Windows edition in the ISO&apos;s install.wim.</source>
        <translation>ISO の install.wim 内の Windows エディションのインデックス (1 から始まる番号) です。</translation>
    </message>
    <message>
        <source>imageIndex is 1 to 4294967295.</source>
        <translation>imageIndex は 1～4294967295 です。</translation>
    </message>
</context>
<context>
    <name>vmi::ImportFailureAdvice</name>
    <message>
        <source>Create the service role (vmimport by default) with a trust policy for vmie.amazonaws.com and a policy that reads the bucket; a new role can take a minute to be usable.</source>
        <translation>vmie.amazonaws.com 用の信頼ポリシーと、バケットを読み取るポリシーを持つサービスロール (デフォルトは vmimport) を作成してください。新しいロールが使用可能になるまで 1 分ほどかかることがあります。</translation>
    </message>
    <message>
        <source>The service role cannot read the uploaded object: allow s3:GetObject on the bucket in the role&apos;s policy (and kms:Decrypt for SSE-KMS objects).</source>
        <translation>サービスロールがアップロードされたオブジェクトを読み取れません。ロールのポリシーでバケットに対する s3:GetObject を許可してください (SSE-KMS オブジェクトの場合は kms:Decrypt も)。</translation>
    </message>
    <message>
        <source>Convert the disk to a stream-optimized VMDK (qemu-img convert -O vmdk -o subformat=streamOptimized) and import it again.</source>
        <translation>ディスクをストリーム最適化 VMDK に変換して (qemu-img convert -O vmdk -o subformat=streamOptimized)、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Export the VM again as an OVA with single-file disks.</source>
        <translation>ディスクを単一ファイルにして、VM を OVA としてもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The disk format given does not match the file or is not accepted by this import: check the format, or use ImportImage instead of ImportSnapshot.</source>
        <translation>指定したディスク形式がファイルと一致しないか、このインポートでは受け付けられません。形式を確認するか、ImportSnapshot の代わりに ImportImage を使用してください。</translation>
    </message>
    <message>
        <source>VM Import did not recognise the operating system: use a supported OS and layout, or import the disk with ImportSnapshot and register an AMI from it.</source>
        <translation>VM Import がオペレーティングシステムを認識できませんでした。サポートされている OS とディスク構成を使用するか、ディスクを ImportSnapshot でインポートして、そこから AMI を登録してください。</translation>
    </message>
    <message>
        <source>Install a kernel listed as supported for your distribution, then export and import the disk again.</source>
        <translation>ディストリビューションでサポート対象として記載されているカーネルをインストールしてから、ディスクをもう一度エクスポートしてインポートしてください。</translation>
    </message>
    <message>
        <source>The VHD is differencing or damaged: merge it into a fixed or dynamic VHD and upload it again.</source>
        <translation>VHD が差分ディスクであるか、破損しています。固定サイズまたは可変サイズの VHD にマージして、もう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>The uploaded disk is damaged: check the local file and upload it again.</source>
        <translation>アップロードしたディスクが破損しています。ローカルファイルを確認して、もう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>The disk has no partition table VM Import can read: check that the right disk was exported.</source>
        <translation>ディスクに VM Import が読み取れるパーティションテーブルがありません。正しいディスクをエクスポートしたか確認してください。</translation>
    </message>
    <message>
        <source>Upload to a bucket in the Region you import into.</source>
        <translation>インポート先と同じリージョンのバケットにアップロードしてください。</translation>
    </message>
    <message>
        <source>Check the bucket and key of the disk in S3.</source>
        <translation>S3 にあるディスクのバケットとキーを確認してください。</translation>
    </message>
</context>
<context>
    <name>vmi::JobRecord</name>
    <message>
        <source>The import task ended with status %1.</source>
        <translation>インポートタスクはステータス %1 で終了しました。</translation>
    </message>
    <message>
        <source>the job has no id</source>
        <translation>ジョブに ID がありません</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>不明なオペレーション &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>不明な状態 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown submit outcome &apos;%1&apos;</source>
        <translation>不明な送信結果 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown failed step &apos;%1&apos;</source>
        <translation>不明な失敗ステップ &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>vmi::KmsKeyRule</name>
    <message>
        <source>The KMS key is empty.</source>
        <translation>KMS キーが空です。</translation>
    </message>
    <message>
        <source>Leave it unset for the default EBS key, or name a key.</source>
        <translation>EBS のデフォルトキーを使う場合は未設定のままにし、それ以外の場合はキーを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KMS key id, alias, key ARN or alias ARN.</source>
        <translation>「%1」は KMS キー ID、エイリアス、キー ARN、エイリアス ARN のいずれでもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KMS key ARN or alias ARN.</source>
        <translation>「%1」は KMS キー ARN でもエイリアス ARN でもありません。</translation>
    </message>
    <message>
        <source>The key is in the %1 partition, but the Region %2 is in %3.</source>
        <translation>キーは %1 パーティションにありますが、リージョン %2 は %3 にあります。</translation>
    </message>
    <message>
        <source>Use a key of the import&apos;s Region.</source>
        <translation>インポート先リージョンのキーを使用してください。</translation>
    </message>
    <message>
        <source>The key is in %1, but the import runs in %2: the key must be in the import&apos;s Region.</source>
        <translation>キーは %1 にありますが、インポートは %2 で実行されます。キーはインポート先のリージョンにある必要があります。</translation>
    </message>
    <message>
        <source>Use a key in %1, or import in %2.</source>
        <translation>%1 のキーを使用するか、%2 でインポートしてください。</translation>
    </message>
    <message>
        <source>Use a key id (1234abcd-12ab-34cd-56ef-1234567890ab), an alias (alias/my-key), a key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID) or an alias ARN (arn:aws:kms:REGION:ACCOUNT:alias/my-key).</source>
        <translation>キー ID (1234abcd-12ab-34cd-56ef-1234567890ab)、エイリアス (alias/my-key)、キー ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID)、またはエイリアス ARN (arn:aws:kms:REGION:ACCOUNT:alias/my-key) を使用してください。</translation>
    </message>
</context>
<context>
    <name>vmi::PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>フォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>vmi::ProfileJson</name>
    <message>
        <source>DiskContainers[%1].Url: the presigned URL&apos;s signature and credentials are not saved; sign it again before the import, or use an s3:// URL.</source>
        <translation>DiskContainers[%1].Url: 署名付き URL の署名と認証情報は保存されません。インポートの前に再度署名するか、s3:// URL を使用してください。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>ファイルが有効な JSON ではありません: オフセット %2 で %1。</translation>
    </message>
    <message>
        <source>The file holds no JSON object.</source>
        <translation>ファイルに JSON オブジェクトがありません。</translation>
    </message>
    <message>
        <source>The file has no valid schemaVersion: it is not a profile.</source>
        <translation>ファイルに有効な schemaVersion がありません。プロファイルではありません。</translation>
    </message>
    <message>
        <source>A newer version of the app wrote this profile (schema %1; this version reads schema %2).</source>
        <translation>このプロファイルは新しいバージョンのアプリで作成されました (スキーマ %1。このバージョンが読み取れるのはスキーマ %2 です)。</translation>
    </message>
    <message>
        <source>Open it with a newer version; this one leaves the file as it is.</source>
        <translation>新しいバージョンで開いてください。このバージョンではファイルを変更しません。</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>プロファイルに名前がありません。</translation>
    </message>
    <message>
        <source>The operation must be ImportImage, ImportSnapshot or ImportDiskImage.</source>
        <translation>オペレーションは ImportImage、ImportSnapshot、ImportDiskImage のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>The profile has no request.</source>
        <translation>プロファイルにリクエストがありません。</translation>
    </message>
    <message>
        <source>The bandwidth limit is bytes per second: 0 (no limit) or more.</source>
        <translation>帯域幅の上限はバイト/秒で指定します。0 (無制限) 以上の値です。</translation>
    </message>
    <message>
        <source>The concurrency is out of range.</source>
        <translation>同時実行数が範囲外です。</translation>
    </message>
</context>
<context>
    <name>vmi::RequestReader</name>
    <message>
        <source>Unknown parameter in %1: &quot;%2&quot;, must be one of: %3</source>
        <translation>%1 に不明なパラメーター「%2」があります。次のいずれかである必要があります: %3</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>Remove it, or check its spelling: member names are case-sensitive.</source>
        <translation>削除するか、スペルを確認してください。メンバー名では大文字と小文字が区別されます。</translation>
    </message>
    <message>
        <source>Invalid type for parameter %1, value: %2, type: %3, valid types: %4</source>
        <translation>パラメーター %1 の型が無効です。値: %2、型: %3、有効な型: %4</translation>
    </message>
    <message>
        <source>Invalid timestamp value for parameter %1: %2</source>
        <translation>パラメーター %1 のタイムスタンプ値が無効です: %2</translation>
    </message>
    <message>
        <source>Use ISO 8601, for example 2024-01-02T03:04:05Z, or seconds since 1970.</source>
        <translation>ISO 8601 形式 (例: 2024-01-02T03:04:05Z) か、1970 年からの秒数を使用してください。</translation>
    </message>
</context>
<context>
    <name>vmi::S3Names</name>
    <message>
        <source>A bucket name has 3 to 63 characters.</source>
        <translation>バケット名は 3～63 文字です。</translation>
    </message>
    <message>
        <source>A bucket name has only lower-case letters, digits, dots and hyphens.</source>
        <translation>バケット名には英小文字、数字、ドット、ハイフンのみ使用できます。</translation>
    </message>
    <message>
        <source>A bucket name begins and ends with a letter or a digit.</source>
        <translation>バケット名の先頭と末尾は英字または数字である必要があります。</translation>
    </message>
    <message>
        <source>A bucket name has no two dots in a row.</source>
        <translation>バケット名にドットを 2 つ続けて使用することはできません。</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>バケット名を IP アドレスの形式にすることはできません。</translation>
    </message>
    <message>
        <source>Bucket names beginning with &quot;%1&quot; are reserved.</source>
        <translation>「%1」で始まるバケット名は予約されています。</translation>
    </message>
    <message>
        <source>Bucket names ending with &quot;%1&quot; are reserved.</source>
        <translation>「%1」で終わるバケット名は予約されています。</translation>
    </message>
    <message>
        <source>The object key is empty.</source>
        <translation>オブジェクトキーが空です。</translation>
    </message>
    <message>
        <source>An object key is at most 1024 bytes of UTF-8; this one has %1.</source>
        <translation>オブジェクトキーは UTF-8 で 1024 バイト以内ですが、このキーは %1 バイトです。</translation>
    </message>
</context>
<context>
    <name>vmi::TagRules</name>
    <message>
        <source>A tag specification needs a ResourceType.</source>
        <translation>タグ仕様には ResourceType が必要です。</translation>
    </message>
    <message>
        <source>Use %1: the tags go on the import task.</source>
        <translation>%1 を使用してください。タグはインポートタスクに付けられます。</translation>
    </message>
    <message>
        <source>%1 tags only its task: the ResourceType must be %2, not %3.</source>
        <translation>%1 でタグを付けられるのはタスクのみです。ResourceType は %3 ではなく %2 である必要があります。</translation>
    </message>
    <message>
        <source>To tag the AMI or snapshots, tag them after the import finishes.</source>
        <translation>AMI やスナップショットにタグを付けるには、インポートの完了後に付けてください。</translation>
    </message>
    <message>
        <source>There is already a tag specification for %1.</source>
        <translation>%1 のタグ仕様はすでにあります。</translation>
    </message>
    <message>
        <source>Put all tags into one specification.</source>
        <translation>すべてのタグを 1 つのタグ仕様にまとめてください。</translation>
    </message>
    <message>
        <source>The tag specification has no tags.</source>
        <translation>タグ仕様にタグがありません。</translation>
    </message>
    <message>
        <source>Add tags or remove it.</source>
        <translation>タグを追加するか、タグ仕様を削除してください。</translation>
    </message>
    <message>
        <source>At most %1 tags; there are %2.</source>
        <translation>タグは最大 %1 個ですが、%2 個あります。</translation>
    </message>
    <message>
        <source>A tag needs a key.</source>
        <translation>タグにはキーが必要です。</translation>
    </message>
    <message>
        <source>A tag key has at most %1 characters; this one has %2.</source>
        <translation>タグキーは %1 文字以内ですが、このキーは %2 文字です。</translation>
    </message>
    <message>
        <source>Tag keys starting with &quot;aws:&quot; are reserved for AWS.</source>
        <translation>&quot;aws:&quot; で始まるタグキーは AWS 用に予約されています。</translation>
    </message>
    <message>
        <source>Image Builder tag keys have only letters, digits, spaces and _ . : / = + - @.</source>
        <translation>Image Builder のタグキーには、英字、数字、スペース、および _ . : / = + - @ のみ使用できます。</translation>
    </message>
    <message>
        <source>A tag value has at most %1 characters; this one has %2.</source>
        <translation>タグ値は %1 文字以内ですが、この値は %2 文字です。</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is given twice.</source>
        <translation>タグキー「%1」が重複しています。</translation>
    </message>
</context>
<context>
    <name>vmi::TagTableModel</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>vmi::TaskTableModel</name>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Image Builder</source>
        <translation>Image Builder</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>ステータスメッセージ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>vmi::UploadRules</name>
    <message>
        <source>No disk belongs to this file; it is not uploaded.</source>
        <translation>このファイルに対応するディスクがないため、アップロードされません。</translation>
    </message>
    <message>
        <source>Add a disk for it, or remove it.</source>
        <translation>このファイル用のディスクを追加するか、ファイルを削除してください。</translation>
    </message>
    <message>
        <source>S3 parts are 5 MiB to 5 GiB.</source>
        <translation>S3 のパートサイズは 5 MiB～5 GiB です。</translation>
    </message>
    <message>
        <source>Or leave the part size at 0 to have it chosen from the file size.</source>
        <translation>または、パートサイズを 0 のままにすると、ファイルサイズから自動で決まります。</translation>
    </message>
    <message>
        <source>%1 needs more than 10,000 parts of this size.</source>
        <translation>このサイズでは、%1 に 10,000 を超えるパートが必要です。</translation>
    </message>
    <message>
        <source>Use parts of at least %1 MiB, or 0 to choose automatically.</source>
        <translation>%1 MiB 以上のパートサイズを指定するか、0 を指定して自動で選択してください。</translation>
    </message>
    <message>
        <source>The number of parts in flight cannot be negative.</source>
        <translation>同時転送パート数に負の値は指定できません。</translation>
    </message>
    <message>
        <source>%1 parts in flight hold %1 parts in memory; more than %2 rarely helps.</source>
        <translation>同時転送パート数が %1 の場合、%1 個のパートをメモリに保持します。%2 を超えても効果はほとんどありません。</translation>
    </message>
    <message>
        <source>Objects in %1 must be restored before anyone can read them; the import cannot.</source>
        <translation>%1 のオブジェクトは、読み取る前に復元する必要があります。インポートでは復元できません。</translation>
    </message>
    <message>
        <source>Use STANDARD: the disk is read once and can be deleted after the import.</source>
        <translation>STANDARD を使用してください。ディスクは一度読み取られるだけで、インポート後に削除できます。</translation>
    </message>
    <message>
        <source>%1 is not a storage class of a general purpose bucket.</source>
        <translation>%1 は汎用バケットのストレージクラスではありません。</translation>
    </message>
    <message>
        <source>Use STANDARD.</source>
        <translation>STANDARD を使用してください。</translation>
    </message>
    <message>
        <source>AWS recommends against REDUCED_REDUNDANCY; it costs more than STANDARD.</source>
        <translation>AWS では REDUCED_REDUNDANCY の使用を推奨していません。STANDARD より高コストです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an S3 storage class.</source>
        <translation>「%1」は S3 のストレージクラスではありません。</translation>
    </message>
    <message>
        <source>For example STANDARD or INTELLIGENT_TIERING.</source>
        <translation>例: STANDARD、INTELLIGENT_TIERING</translation>
    </message>
    <message>
        <source>Server-side encryption is AES256, aws:kms or aws:kms:dsse, not &quot;%1&quot;.</source>
        <translation>サーバー側の暗号化には AES256、aws:kms、aws:kms:dsse のいずれかを指定してください (「%1」は指定できません)。</translation>
    </message>
    <message>
        <source>A KMS key needs aws:kms or aws:kms:dsse encryption.</source>
        <translation>KMS キーを使用するには、aws:kms または aws:kms:dsse の暗号化が必要です。</translation>
    </message>
    <message>
        <source>Set the server-side encryption to aws:kms.</source>
        <translation>サーバー側の暗号化を aws:kms に設定してください。</translation>
    </message>
    <message>
        <source>The vmimport role needs kms:Decrypt on the upload&apos;s KMS key to read the disk.</source>
        <translation>ディスクを読み取るには、vmimport ロールにアップロードの KMS キーに対する kms:Decrypt 権限が必要です。</translation>
    </message>
    <message>
        <source>The checksum must be one of %1, not &quot;%2&quot;.</source>
        <translation>チェックサムには %1 のいずれかを指定してください (「%2」は指定できません)。</translation>
    </message>
    <message>
        <source>This app checks every uploaded part with CRC32C; %1 is not used.</source>
        <translation>このアプリはアップロードするすべてのパートを CRC32C で検証します。%1 は使用されません。</translation>
    </message>
    <message>
        <source>Choose CRC32C, or leave the checksum at the app&apos;s default.</source>
        <translation>CRC32C を選択するか、チェックサムをアプリのデフォルトのままにしてください。</translation>
    </message>
</context>
<context>
    <name>vmi::Validator</name>
    <message>
        <source>Choose the Region to import into.</source>
        <translation>インポート先のリージョンを選択してください。</translation>
    </message>
    <message>
        <source>The bucket, the KMS keys and the import all live in one Region.</source>
        <translation>バケット、KMS キー、インポートはすべて同じリージョンにある必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS Region name.</source>
        <translation>「%1」は AWS リージョン名ではありません。</translation>
    </message>
    <message>
        <source>For example eu-west-1 or us-east-1.</source>
        <translation>例: eu-west-1、us-east-1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS profile name.</source>
        <translation>「%1」は AWS プロファイル名ではありません。</translation>
    </message>
    <message>
        <source>Use the name of a [profile NAME] section of ~/.aws/config, or leave it empty.</source>
        <translation>~/.aws/config の [profile NAME] セクションの名前を使用するか、空のままにしてください。</translation>
    </message>
</context>
<context>
    <name>vmi::aws::AssumeRoleProvider</name>
    <message>
        <source>Could not get the credentials to assume role %1 with (profile &quot;%2&quot;): %3</source>
        <translation>ロール %1 を引き受けるための認証情報を取得できませんでした (プロファイル「%2」): %3</translation>
    </message>
    <message>
        <source>Could not assume role %1 for profile &quot;%2&quot;: %3</source>
        <translation>プロファイル「%2」でロール %1 を引き受けられませんでした: %3</translation>
    </message>
</context>
<context>
    <name>vmi::aws::ClientConfigReader</name>
    <message>
        <source>AWS_MAX_ATTEMPTS must be a whole number from 1 up, not &quot;%1&quot;.</source>
        <translation>AWS_MAX_ATTEMPTS には 1 以上の整数を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>max_attempts in profile &quot;%1&quot; must be a whole number from 1 up, not &quot;%2&quot;.</source>
        <translation>プロファイル「%1」の max_attempts には 1 以上の整数を指定してください (「%2」は無効です)。</translation>
    </message>
</context>
<context>
    <name>vmi::aws::CredentialChain</name>
    <message>
        <source>Profile &quot;%1&quot; has no keys in the AWS files and no keychain was given to look in.</source>
        <translation>プロファイル「%1」のキーが AWS の設定ファイルになく、検索するキーチェーンも指定されていません。</translation>
    </message>
    <message>
        <source>The credential plan has no base credentials.</source>
        <translation>認証情報プランに基本の認証情報がありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role but the plan names none.</source>
        <translation>プロファイル「%1」はロールを引き受けますが、プランにロールが指定されていません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role, but no network access was given to call STS with.</source>
        <translation>プロファイル「%1」はロールを引き受けますが、STS を呼び出すためのネットワークアクセスが指定されていません。</translation>
    </message>
</context>
<context>
    <name>vmi::aws::CredentialPlanner</name>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>AWS プロファイル「%1」が %2 にも %3 にもありません。</translation>
    </message>
    <message>
        <source>The profiles&apos; source_profile settings form a loop through &quot;%1&quot;.</source>
        <translation>プロファイルの source_profile 設定が「%1」を経由してループしています。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses credential_source, which this app does not support; use source_profile instead.</source>
        <translation>プロファイル「%1」は credential_source を使用していますが、このアプリではサポートされていません。代わりに source_profile を使用してください。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has role_arn but no source_profile to assume it with.</source>
        <translation>プロファイル「%1」には role_arn がありますが、ロールを引き受けるための source_profile がありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names source_profile &quot;%2&quot;, which is in neither the config nor the credentials file.</source>
        <translation>プロファイル「%1」で指定されている source_profile「%2」が、config ファイルにも credentials ファイルにもありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: duration_seconds must be a number from 900 to 43200.</source>
        <translation>プロファイル「%1」: duration_seconds は 900～43200 の数値である必要があります。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has only one of aws_access_key_id and aws_secret_access_key.</source>
        <translation>プロファイル「%1」には aws_access_key_id と aws_secret_access_key の一方しかありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; signs in through IAM Identity Center (%2), which vmimport cannot do yet. After `aws sso login --profile %1`, use a profile with credential_process = aws configure export-credentials --profile %1 --format process</source>
        <translation>プロファイル「%1」は IAM Identity Center (%2) でサインインしますが、vmimport はまだ対応していません。`aws sso login --profile %1` の後で、credential_process = aws configure export-credentials --profile %1 --format process を設定したプロファイルを使用してください</translation>
    </message>
</context>
<context>
    <name>vmi::aws::KeychainCredentialProvider</name>
    <message>
        <source>No keychain store was given to read the keys of profile &quot;%1&quot; from.</source>
        <translation>プロファイル「%1」のキーを読み取るキーチェーンストアが指定されていません。</translation>
    </message>
</context>
<context>
    <name>vmi::aws::KeychainStore</name>
    <message>
        <source>No OS keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running); VM Import Wizard never stores keys in a plain file. (%1)</source>
        <translation>OS のキーチェーンを利用できません (Linux では GNOME Keyring や KWallet などの Secret Service が実行されている必要があります)。VM Import Wizard がキーを平文のファイルに保存することはありません。(%1)</translation>
    </message>
    <message>
        <source>No AWS keys are stored in the keychain for profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」の AWS キーはキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <source>The keychain refused access to the keys of profile &quot;%1&quot; (is it locked?): %2</source>
        <translation>キーチェーンがプロファイル「%1」のキーへのアクセスを拒否しました (ロックされていませんか?): %2</translation>
    </message>
    <message>
        <source>The keychain failed for profile &quot;%1&quot;: %2</source>
        <translation>プロファイル「%1」のキーチェーン操作に失敗しました: %2</translation>
    </message>
    <message>
        <source>The keychain entry of profile &quot;%1&quot; is not one this app wrote; enter the keys again.</source>
        <translation>プロファイル「%1」のキーチェーンエントリはこのアプリで作成されたものではありません。キーをもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>vmi::aws::RefreshingCredentialProvider</name>
    <message>
        <source>Credentials were refreshed, but the refreshed credentials are still expired (Expiration %1).</source>
        <translation>認証情報を更新しましたが、更新後の認証情報も有効期限が切れています (Expiration %1)。</translation>
    </message>
</context>
<context>
    <name>vmi::aws::SharedConfig</name>
    <message>
        <source>line %1: expected &quot;key = value&quot; in the block under &quot;%2&quot;</source>
        <translation>%1 行目: 「%2」の下のブロックには &quot;key = value&quot; の形式が必要です</translation>
    </message>
    <message>
        <source>line %1: a section header must end with &quot;]&quot;</source>
        <translation>%1 行目: セクションヘッダーは &quot;]&quot; で終わる必要があります</translation>
    </message>
    <message>
        <source>line %1: a setting outside any [section]</source>
        <translation>%1 行目: [section] の外に設定があります</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;</source>
        <translation>%1 行目: &quot;key = value&quot; の形式が必要です</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>vmi::aws::StsClientAssumeRoleCaller</name>
    <message>
        <source>STS AssumeRole answered without complete credentials.</source>
        <translation>STS AssumeRole の応答に完全な認証情報が含まれていませんでした。</translation>
    </message>
</context>
<context>
    <name>vmi::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>対処:</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>出力形式: text または json。</translation>
    </message>
    <message>
        <source>task:</source>
        <translation>タスク:</translation>
    </message>
    <message>
        <source>region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>submit:</source>
        <translation>送信:</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>no job &apos;%1&apos;</source>
        <translation>ジョブ &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one job</source>
        <translation>&apos;%1&apos; は複数のジョブに一致します</translation>
    </message>
    <message>
        <source>cannot open the job folder %1</source>
        <translation>ジョブフォルダー %1 を開けません</translation>
    </message>
    <message>
        <source>left alone: %1: %2</source>
        <translation>変更せずに残しました: %1: %2</translation>
    </message>
    <message>
        <source>Also the finished jobs.</source>
        <translation>終了したジョブも表示します。</translation>
    </message>
    <message>
        <source>Keep monitoring until every job shown has ended.</source>
        <translation>表示されたすべてのジョブが終了するまで監視を続けます。</translation>
    </message>
    <message>
        <source>--output takes text or json</source>
        <translation>--output には text または json を指定します</translation>
    </message>
    <message>
        <source>Cancelling %1: AWS is stopping the task (%2).</source>
        <translation>%1 をキャンセルしています: AWS がタスクを停止しています (%2)。</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>%1 をキャンセルしました。</translation>
    </message>
    <message>
        <source>jobs takes no arguments</source>
        <translation>jobs は引数を取りません</translation>
    </message>
    <message>
        <source>status takes at most one job id</source>
        <translation>status に指定できるジョブ ID は 1 つまでです</translation>
    </message>
    <message>
        <source>cancel takes one job id</source>
        <translation>cancel にはジョブ ID を 1 つ指定します</translation>
    </message>
    <message>
        <source>job %1 has already ended (%2)</source>
        <translation>ジョブ %1 はすでに終了しています (%2)</translation>
    </message>
    <message>
        <source>Unable to load paramfile %1: %2</source>
        <translation>Unable to load paramfile %1: %2</translation>
    </message>
    <message>
        <source>job %1 has already completed its import; only its last steps are left</source>
        <translation>ジョブ %1 のインポートはすでに完了しています。残っているのは最後の手順だけです</translation>
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
        <translation>使用法: vmimport [--version] [--help] &lt;command&gt; [options]

仮想マシンのディスクを AWS に移行します: EC2 ImportImage、ImportSnapshot、
Image Builder ImportDiskImage。

コマンド:
  inspect FILE... [--output json]   各ディスクイメージの種類と、それを受け付けるインポート
  validate PROFILE.json [--output json]   インポート前にプロファイルを検証
  profiles list|show|import|export [--output json]   保存済みのインポートプロファイル
  run PROFILE.json [--wait] [--output json]   インポートを実行: アップロード、送信、監視
  resume [ID] [--wait] [--output json]   停止後に未完了のジョブを続行
  retry ID [--wait] [--output json]   失敗したジョブを失敗したステップから再開
  jobs [--output json]   このアプリのインポートジョブ
  status [ID] [--all] [--watch] [--output json]   AWS でのジョブの進行状況
  cancel ID   ジョブのインポートタスクをキャンセル
  s3 cp FILE s3://BUCKET/KEY [--resume] ...
                                    再開可能でチェックサム付きのマルチパートアップロード

AWS CLI 互換コマンド (同じ --cli-input-json、同じリクエスト、同じ JSON 出力):
  ec2 import-image | import-snapshot | describe-import-image-tasks |
      describe-import-snapshot-tasks | cancel-import-task | ...
  imagebuilder import-disk-image | get-image | cancel-image-creation | ...
  sts get-caller-identity, iam get-role, kms describe-key, ...
  各サービスのオペレーションは &apos;vmimport &lt;command&gt; help&apos; で確認できます。
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
        <translation>vmimport %1 のオペレーション (入力は AWS CLI の --cli-input-json と同じ形式):</translation>
    </message>
    <message>
        <source>Calls %1. Options (or the same members in --cli-input-json):</source>
        <translation>%1 を呼び出します。オプション (または --cli-input-json 内の同じメンバー):</translation>
    </message>
    <message>
        <source> required</source>
        <translation> 必須</translation>
    </message>
    <message>
        <source>Global options: --region, --profile, --endpoint-url, --output json, --debug, --no-paginate,
  --cli-input-json JSON|file://name.json, --generate-cli-skeleton [input|output],
  --cli-read-timeout SECONDS, --ca-bundle FILE.pem</source>
        <translation>グローバルオプション: --region, --profile, --endpoint-url, --output json, --debug, --no-paginate,
  --cli-input-json JSON|file://name.json, --generate-cli-skeleton [input|output],
  --cli-read-timeout SECONDS, --ca-bundle FILE.pem</translation>
    </message>
    <message>
        <source>Unable to locate credentials. You can configure credentials by running &quot;aws configure&quot;.</source>
        <translation>Unable to locate credentials. You can configure credentials by running &quot;aws configure&quot;.</translation>
    </message>
    <message>
        <source>(vmimport also looked in the OS keychain: %1)</source>
        <translation>(vmimport は OS のキーチェーンも検索しました: %1)</translation>
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
        <translation>不明</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>virtual size:</source>
        <translation>仮想サイズ:</translation>
    </message>
    <message>
        <source>file size:</source>
        <translation>ファイルサイズ:</translation>
    </message>
    <message>
        <source>partition table:</source>
        <translation>パーティションテーブル:</translation>
    </message>
    <message>
        <source>boot mode hint:</source>
        <translation>推定ブートモード:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>ImportImage: %1, ImportSnapshot: %2, ImportDiskImage: %3</source>
        <translation>ImportImage: %1、ImportSnapshot: %2、ImportDiskImage: %3</translation>
    </message>
    <message>
        <source>contains:</source>
        <translation>内容:</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>対処:</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>出力形式: text または json。</translation>
    </message>
    <message>
        <source>Disk images to inspect.</source>
        <translation>検査するディスクイメージ。</translation>
    </message>
    <message>
        <source>--output must be text or json, not &apos;%1&apos;</source>
        <translation>--output には text または json を指定してください (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>name at least one disk image: vmimport inspect FILE...</source>
        <translation>ディスクイメージを 1 つ以上指定してください: vmimport inspect FILE...</translation>
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
        <translation>無効な JSON です: %1。vmimport では、構造体とリストには JSON (または file://name.json) を指定します。AWS CLI の短縮構文はサポートしていません。</translation>
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
        <translation>vmimport は JSON のみを出力します: --output %1 はサポートされていません</translation>
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
        <translation>%1 にプロファイルはありません。</translation>
    </message>
    <message>
        <source>cannot be used: %1 (%2)</source>
        <translation>使用できません: %1 (%2)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(リージョンなし)</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>operation:</source>
        <translation>オペレーション:</translation>
    </message>
    <message>
        <source>region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>AWS profile:</source>
        <translation>AWS プロファイル:</translation>
    </message>
    <message>
        <source>upload to:</source>
        <translation>アップロード先:</translation>
    </message>
    <message>
        <source>local file %1:</source>
        <translation>ローカルファイル %1:</translation>
    </message>
    <message>
        <source>request:</source>
        <translation>リクエスト:</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2).</source>
        <translation>「%1」をインポートしました (%2)。</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>注:</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 に書き込みました。</translation>
    </message>
    <message>
        <source>usage: vmimport profiles list | show NAME | import FILE [--name NAME] [--operation OPERATION] | export NAME [FILE]   [--output text|json]</source>
        <translation>usage: vmimport profiles list | show NAME | import FILE [--name NAME] [--operation OPERATION] | export NAME [FILE]   [--output text|json]</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>出力形式: text または json。</translation>
    </message>
    <message>
        <source>The imported profile&apos;s name.</source>
        <translation>インポートしたプロファイルの名前。</translation>
    </message>
    <message>
        <source>ImportImage, ImportSnapshot or ImportDiskImage.</source>
        <translation>ImportImage、ImportSnapshot、ImportDiskImage のいずれか。</translation>
    </message>
    <message>
        <source>--output must be text or json, not &apos;%1&apos;</source>
        <translation>--output には text または json を指定してください (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>--name and --operation go with import only.</source>
        <translation>--name と --operation は import でのみ使用できます。</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>不明なオペレーション &apos;%1&apos;</translation>
    </message>
    <message>
        <source>name a subcommand.</source>
        <translation>サブコマンドを指定してください。</translation>
    </message>
    <message>
        <source>wrong arguments for &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の引数が正しくありません。</translation>
    </message>
    <message>
        <source>--name needs a profile name.</source>
        <translation>--name にはプロファイル名が必要です。</translation>
    </message>
</context>
<context>
    <name>vmi::cli::RunCommand</name>
    <message>
        <source>Stay until the import has ended (completed, failed or cancelled).</source>
        <translation>インポートが終了 (完了、失敗、キャンセル) するまで待機します。</translation>
    </message>
    <message>
        <source>Ask AWS every SECONDS while a task moves (default 10).</source>
        <translation>タスクの進行中、SECONDS 秒ごとに AWS に問い合わせます (デフォルト 10)。</translation>
    </message>
    <message>
        <source>The job&apos;s name (default: the profile&apos;s name).</source>
        <translation>ジョブの名前 (デフォルト: プロファイルの名前)。</translation>
    </message>
    <message>
        <source>--poll takes 0.1 to 3600 seconds</source>
        <translation>--poll には 0.1～3600 秒を指定します</translation>
    </message>
    <message>
        <source>Job %1 is submitted: `vmimport resume %1 --wait` follows it to the end (or the app&apos;s dashboard).</source>
        <translation>ジョブ %1 を送信しました。`vmimport resume %1 --wait` (またはアプリのダッシュボード) で最後まで追跡できます。</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: `vmimport resume` goes on where the jobs stopped; `vmimport cancel ID` cancels one.</source>
        <translation>中断しました。失われたものはありません。`vmimport resume` でジョブが停止した箇所から続行でき、`vmimport cancel ID` でジョブをキャンセルできます。</translation>
    </message>
    <message>
        <source>run takes one profile file</source>
        <translation>run にはプロファイルファイルを 1 つ指定します</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>ジョブ %1 を開始しました。</translation>
    </message>
    <message>
        <source>resume takes at most one job id</source>
        <translation>resume に指定できるジョブ ID は 1 つまでです</translation>
    </message>
    <message>
        <source>No unfinished job to resume.</source>
        <translation>再開する未完了のジョブはありません。</translation>
    </message>
    <message>
        <source>Resuming job %1 (%2).</source>
        <translation>ジョブ %1 を再開しています (%2)。</translation>
    </message>
    <message>
        <source>Give up on a call (and retry it) when no byte moved for SECONDS (default 60).</source>
        <translation>SECONDS 秒間 1 バイトも転送されない呼び出しを中止して再試行します (既定値 60)。</translation>
    </message>
    <message>
        <source>--cli-read-timeout takes 0 to 86400 seconds</source>
        <translation>--cli-read-timeout には 0～86400 秒を指定します</translation>
    </message>
    <message>
        <source>retry takes one job id</source>
        <translation>retry にはジョブ ID を 1 つ指定します</translation>
    </message>
    <message>
        <source>Retrying job %1 from the step that failed (%2).</source>
        <translation>ジョブ %1 を失敗したステップ (%2) から再試行します。</translation>
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
        <translation>usage: vmimport s3 cp FILE s3://BUCKET/KEY [--part-size SIZE] [--concurrency N]
                        [--max-bandwidth RATE] [--resume] [--payload-signing auto|signed|unsigned]
                        [--no-progress] [--region R] [--profile P] [--endpoint-url URL]
                        [--ca-bundle FILE.pem] [--debug]

FILE を S3 のマルチパートアップロードでアップロードします。各パートにはチェックサムを付け
(CRC-32C。平文の HTTP では署名に SHA-256 も含めます)、複数のパートを同時に転送し、
パートごとに個別に再試行します。中断したアップロードは --resume で続行できます。
このファイルをすでに保持しているオブジェクトがある場合は、再送信しません。
SIZE: バイト数、または 8MB、64MiB、1GB (AWS CLI と同じく 2 進単位)。RATE: 1 秒あたりの
バイト数、または 50MB/s。Ctrl+C でキャンセルし、S3 のマルチパートアップロードを中止します。
</translation>
    </message>
    <message>
        <source>argument %1: expected one argument</source>
        <translation>argument %1: expected one argument</translation>
    </message>
    <message>
        <source>argument %1: not a size: %2</source>
        <translation>引数 %1: サイズではありません: %2</translation>
    </message>
    <message>
        <source>argument --concurrency: a number from 1 to %1 is needed (parts in flight; Qt opens at most 6 connections to one host from each of its %2 sender threads)</source>
        <translation>引数 --concurrency: 1～%1 の数値が必要です (同時転送パート数。Qt は %2 個の送信スレッドのそれぞれから、1 つのホストに最大 6 つの接続を開きます)</translation>
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
        <translation>vmimport s3 の使い方: cp FILE s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>Only uploads are supported: cp FILE s3://BUCKET/KEY</source>
        <translation>サポートしているのはアップロードのみです: cp FILE s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>No bucket in %1</source>
        <translation>%1 にバケットが指定されていません</translation>
    </message>
    <message>
        <source>The user-provided path %1 does not exist.</source>
        <translation>The user-provided path %1 does not exist.</translation>
    </message>
    <message>
        <source>Cancelling: aborting the multipart upload...</source>
        <translation>キャンセルしています: マルチパートアップロードを中止しています...</translation>
    </message>
    <message>
        <source>Sent %1 in %2 parts (%3 parts were in S3 already) in %4 s (%5/s).</source>
        <translation>%1 を %2 パートで送信しました (うち %3 パートは S3 に送信済み)。所要時間 %4 秒 (%5/秒)。</translation>
    </message>
    <message>
        <source>Run the same command with --resume to continue where it stopped.</source>
        <translation>中断した箇所から続行するには、同じコマンドを --resume 付きで実行してください。</translation>
    </message>
</context>
<context>
    <name>vmi::cli::ValidateCommand</name>
    <message>
        <source>fix:</source>
        <translation>対処:</translation>
    </message>
    <message numerus="yes">
        <source>not valid: %n error(s)</source>
        <translation>
            <numerusform>無効: エラー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>To check an AWS CLI input file, import it first: vmimport profiles import FILE</source>
        <translation>AWS CLI の入力ファイルを検証するには、先にインポートしてください: vmimport profiles import FILE</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>出力形式: text または json。</translation>
    </message>
    <message>
        <source>The profile file to check.</source>
        <translation>検証するプロファイルファイル。</translation>
    </message>
    <message>
        <source>--output must be text or json, not &apos;%1&apos;</source>
        <translation>--output には text または json を指定してください (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>name one profile file: vmimport validate PROFILE.json</source>
        <translation>プロファイルファイルを 1 つ指定してください: vmimport validate PROFILE.json</translation>
    </message>
</context>
<context>
    <name>vmi::import::AwsSession</name>
    <message>
        <source>The AWS config files cannot be read: %1</source>
        <translation>AWS の設定ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither ~/.aws/config nor ~/.aws/credentials.</source>
        <translation>AWS プロファイル「%1」が ~/.aws/config にも ~/.aws/credentials にもありません。</translation>
    </message>
    <message>
        <source>Choose a Region.</source>
        <translation>リージョンを選択してください。</translation>
    </message>
</context>
<context>
    <name>vmi::import::DiskInspection</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>Relative paths are relative to the profile file.</source>
        <translation>相対パスはプロファイルファイルの場所を基準とします。</translation>
    </message>
</context>
<context>
    <name>vmi::import::ExistingObjects</name>
    <message>
        <source>No connection to AWS.</source>
        <translation>AWS に接続していません。</translation>
    </message>
</context>
<context>
    <name>vmi::import::ImportJob</name>
    <message>
        <source>Job %1 is being run by another process (%2, process %3).</source>
        <translation>ジョブ %1 は別のプロセスで実行中です (%2、プロセス %3)。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Cannot lock job %1 in %2.</source>
        <translation>%2 のジョブ %1 をロックできません。</translation>
    </message>
    <message>
        <source>The job has no import settings (it was made outside the import pipeline).</source>
        <translation>ジョブにインポート設定がありません (インポートパイプラインの外部で作成されたジョブです)。</translation>
    </message>
    <message>
        <source>The job&apos;s settings cannot be read:
%1</source>
        <translation>ジョブの設定を読み取れません:
%1</translation>
    </message>
    <message>
        <source>The job could not be saved: %1</source>
        <translation>ジョブを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The import settings have errors:
%1</source>
        <translation>インポート設定にエラーがあります:
%1</translation>
    </message>
    <message>
        <source>Fix the settings and start a new import.</source>
        <translation>設定を修正して、新しいインポートを開始してください。</translation>
    </message>
    <message>
        <source>%1 changed since its upload was interrupted (%2): the parts in S3 no longer fit it.</source>
        <translation>アップロードの中断後に %1 が変更されました (%2)。S3 にあるパートはこのファイルと一致しなくなっています。</translation>
    </message>
    <message>
        <source>Retry to upload the file again from the start.</source>
        <translation>再試行すると、ファイルを最初からアップロードし直します。</translation>
    </message>
    <message>
        <source>Uploading %1 to s3://%2/%3</source>
        <translation>%1 を s3://%2/%3 にアップロードしています</translation>
    </message>
    <message>
        <source>%1 is already in S3, unchanged: not uploaded again.</source>
        <translation>%1 は変更されずに S3 にすでにあるため、再度アップロードしません。</translation>
    </message>
    <message>
        <source>Retry to go on with the upload where it stopped.</source>
        <translation>再試行すると、中断した箇所からアップロードを続行します。</translation>
    </message>
    <message>
        <source>The interrupted upload could not be aborted: %1</source>
        <translation>中断したアップロードを中止できませんでした: %1</translation>
    </message>
    <message>
        <source>AWS accepted the import: task %1</source>
        <translation>AWS がインポートを受け付けました: タスク %1</translation>
    </message>
    <message>
        <source>No answer to the import request (%1); sending it again with the same ClientToken in %2 s, so AWS returns the task it may already have made.</source>
        <translation>インポートリクエストに応答がありません (%1)。%2 秒後に同じ ClientToken で再送信します。AWS がすでにタスクを作成している場合は、そのタスクが返されます。</translation>
    </message>
    <message>
        <source>The snapshot import reported no snapshot to register an AMI from.</source>
        <translation>スナップショットのインポートで、AMI の登録元となるスナップショットが報告されませんでした。</translation>
    </message>
    <message>
        <source>An AMI named &quot;%1&quot; already exists (%2), made from another snapshot.</source>
        <translation>「%1」という名前の AMI が、別のスナップショットから作成されてすでに存在します (%2)。</translation>
    </message>
    <message>
        <source>Retry after renaming or deregistering that AMI; the snapshot %1 is kept.</source>
        <translation>その AMI の名前を変更するか登録を解除してから、再試行してください。スナップショット %1 は保持されます。</translation>
    </message>
    <message>
        <source>Fix the AMI settings and retry; the snapshot is kept.</source>
        <translation>AMI の設定を修正して再試行してください。スナップショットは保持されます。</translation>
    </message>
    <message>
        <source>Registered %1 from the snapshot.</source>
        <translation>スナップショットから %1 を登録しました。</translation>
    </message>
    <message>
        <source>Retry to tag the AMI and its snapshots; the import itself completed.</source>
        <translation>再試行すると、AMI とそのスナップショットにタグを付けます。インポート自体は完了しています。</translation>
    </message>
    <message>
        <source>Retry to delete the uploaded objects; the import itself completed.</source>
        <translation>再試行すると、アップロードしたオブジェクトを削除します。インポート自体は完了しています。</translation>
    </message>
    <message>
        <source>The import has completed; only the steps after it are left to run.</source>
        <translation>インポートは完了しています。残っているのはインポート後の手順のみです。</translation>
    </message>
    <message>
        <source>Job %1 has not failed (%2).</source>
        <translation>ジョブ %1 は失敗していません (%2)。</translation>
    </message>
    <message>
        <source>A new import of the same disks.</source>
        <translation>同じディスクの新しいインポート。</translation>
    </message>
    <message>
        <source>Abort it when S3 can be reached again: aws s3api abort-multipart-upload --bucket %1 --key %2 --upload-id %3</source>
        <translation>S3 に再び接続できるようになったら中止してください: aws s3api abort-multipart-upload --bucket %1 --key %2 --upload-id %3</translation>
    </message>
</context>
<context>
    <name>vmi::import::JobRunner</name>
    <message>
        <source>There is no job %1.</source>
        <translation>ジョブ %1 はありません。</translation>
    </message>
    <message>
        <source>Job %1 has already ended (%2).</source>
        <translation>ジョブ %1 はすでに終了しています (%2)。</translation>
    </message>
    <message>
        <source>No AWS client for job %1 (Region %2, profile %3).</source>
        <translation>ジョブ %1 の AWS クライアントがありません (リージョン %2、プロファイル %3)。</translation>
    </message>
    <message>
        <source>No AWS client for Region %1 and profile %2.</source>
        <translation>リージョン %1、プロファイル %2 の AWS クライアントがありません。</translation>
    </message>
</context>
<context>
    <name>vmi::import::JobStore</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>JSON オブジェクトではありません (%1)</translation>
    </message>
    <message>
        <source>no schemaVersion</source>
        <translation>schemaVersion がありません</translation>
    </message>
    <message>
        <source>written by a newer version of the app (schema %1, this app reads %2)</source>
        <translation>新しいバージョンのアプリで書き込まれています (スキーマ %1。このアプリが読み取れるのは %2)</translation>
    </message>
    <message>
        <source>the file name does not match the job id %1</source>
        <translation>ファイル名がジョブ ID %1 と一致しません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id</source>
        <translation>&apos;%1&apos; はジョブ ID ではありません</translation>
    </message>
    <message>
        <source>%1 is left alone: it could not be read when the jobs were loaded</source>
        <translation>%1 は変更せずに残しました: ジョブの読み込み時に読み取れませんでした</translation>
    </message>
    <message>
        <source>%1 is left alone: %2</source>
        <translation>%1 は変更せずに残しました: %2</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>ジョブ %1 はありません</translation>
    </message>
    <message>
        <source>job %1 has not finished</source>
        <translation>ジョブ %1 は終了していません</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 を削除できません</translation>
    </message>
</context>
<context>
    <name>vmi::import::JobTracker</name>
    <message>
        <source>No AWS client for Region %1 and profile %2.</source>
        <translation>リージョン %1、プロファイル %2 の AWS クライアントがありません。</translation>
    </message>
</context>
<context>
    <name>vmi::import::Preflight</name>
    <message>
        <source>Asking AWS…</source>
        <translation>AWS に問い合わせ中…</translation>
    </message>
    <message>
        <source>Permission to call %1</source>
        <translation>%1 の呼び出し権限</translation>
    </message>
    <message>
        <source>You may call %1.</source>
        <translation>%1 を呼び出す権限があります。</translation>
    </message>
    <message>
        <source>Your identity may not call ec2:%1. Ask your administrator for the permission.</source>
        <translation>現在の ID には ec2:%1 を呼び出す権限がありません。管理者に権限を依頼してください。</translation>
    </message>
    <message>
        <source>The dry run started an import; this should not happen.</source>
        <translation>ドライランでインポートが開始されました。本来は起こらないはずの動作です。</translation>
    </message>
    <message>
        <source>Service role %1</source>
        <translation>サービスロール %1</translation>
    </message>
    <message>
        <source>The role %1 does not exist. VM Import/Export needs it to read your disks.</source>
        <translation>ロール %1 が存在しません。VM Import/Export がディスクを読み取るにはこのロールが必要です。</translation>
    </message>
    <message>
        <source>Cannot check the role: %1</source>
        <translation>ロールを確認できません: %1</translation>
    </message>
    <message>
        <source>The role %1 does not trust vmie.amazonaws.com, so VM Import/Export cannot use it.</source>
        <translation>ロール %1 は vmie.amazonaws.com を信頼していないため、VM Import/Export はこのロールを使用できません。</translation>
    </message>
    <message>
        <source>The role %1 exists.</source>
        <translation>ロール %1 は存在します。</translation>
    </message>
    <message>
        <source>Bucket %1</source>
        <translation>バケット %1</translation>
    </message>
    <message>
        <source>The bucket %1 does not exist.</source>
        <translation>バケット %1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot find the bucket&apos;s Region: %1</source>
        <translation>バケットのリージョンを特定できません: %1</translation>
    </message>
    <message>
        <source>The bucket is in %1, the import in %2: VM Import/Export reads only buckets in the import&apos;s Region.</source>
        <translation>バケットは %1 にありますが、インポート先は %2 です。VM Import/Export はインポート先と同じリージョンのバケットしか読み取れません。</translation>
    </message>
    <message>
        <source>The bucket is in %1.</source>
        <translation>バケットは %1 にあります。</translation>
    </message>
    <message>
        <source>KMS key %1</source>
        <translation>KMS キー %1</translation>
    </message>
    <message>
        <source>There is no such key in this Region.</source>
        <translation>このリージョンにそのキーはありません。</translation>
    </message>
    <message>
        <source>Cannot check the key: %1</source>
        <translation>キーを確認できません: %1</translation>
    </message>
    <message>
        <source>The key is %1, not Enabled.</source>
        <translation>キーの状態が Enabled ではなく %1 です。</translation>
    </message>
    <message>
        <source>EBS encryption needs a symmetric ENCRYPT_DECRYPT key.</source>
        <translation>EBS の暗号化には、ENCRYPT_DECRYPT 用の対称キーが必要です。</translation>
    </message>
    <message>
        <source>The key is enabled and symmetric.</source>
        <translation>キーは有効な対称キーです。</translation>
    </message>
    <message>
        <source>Object %1</source>
        <translation>オブジェクト %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot check the object: %1</source>
        <translation>オブジェクトを確認できません: %1</translation>
    </message>
    <message>
        <source>%1 exists (%L2 bytes).</source>
        <translation>%1 は存在します (%L2 バイト)。</translation>
    </message>
    <message>
        <source>VM Import/Export service role</source>
        <translation>VM Import/Export サービスロール</translation>
    </message>
    <message>
        <source>Created the role %1. IAM may take a minute to make it usable.</source>
        <translation>ロール %1 を作成しました。IAM で使用可能になるまで 1 分ほどかかることがあります。</translation>
    </message>
    <message>
        <source>Image Builder&apos;s service-linked role</source>
        <translation>Image Builder のサービスリンクロール</translation>
    </message>
    <message>
        <source>Execution role %1</source>
        <translation>実行ロール %1</translation>
    </message>
    <message>
        <source>There is no %1 yet. Image Builder creates it with the first import if your identity may call iam:CreateServiceLinkedRole; or name an execution role.</source>
        <translation>%1 はまだありません。現在の ID に iam:CreateServiceLinkedRole を呼び出す権限があれば、最初のインポート時に Image Builder が作成します。または、実行ロールを指定してください。</translation>
    </message>
    <message>
        <source>The execution role %1 does not exist. Create it with a trust policy that lets imagebuilder.amazonaws.com assume it, or leave the field empty to use Image Builder&apos;s service-linked role.</source>
        <translation>実行ロール %1 が存在しません。imagebuilder.amazonaws.com による引き受けを許可する信頼ポリシーでロールを作成するか、フィールドを空のままにして Image Builder のサービスリンクロールを使用してください。</translation>
    </message>
    <message>
        <source>The role %1 does not trust imagebuilder.amazonaws.com (its trust policy has no Allow of sts:AssumeRole for that service), so Image Builder cannot use it.</source>
        <translation>ロール %1 は imagebuilder.amazonaws.com を信頼していないため (信頼ポリシーに、このサービスに対する sts:AssumeRole の Allow がありません)、Image Builder はこのロールを使用できません。</translation>
    </message>
    <message>
        <source>The role %1 exists and trusts imagebuilder.amazonaws.com.</source>
        <translation>ロール %1 は存在し、imagebuilder.amazonaws.com を信頼しています。</translation>
    </message>
</context>
<context>
    <name>vmi::transfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 at byte %2: %3</source>
        <translation>%1 の %2 バイト目を読み取れません: %3</translation>
    </message>
    <message>
        <source>the file got shorter</source>
        <translation>ファイルが短くなりました</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::FileIdentity</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>its size was %1 bytes and is now %2</source>
        <translation>サイズが %1 バイトから %2 バイトに変わりました</translation>
    </message>
    <message>
        <source>it was modified (%1, now %2)</source>
        <translation>更新されています (%1、現在は %2)</translation>
    </message>
    <message>
        <source>its content differs</source>
        <translation>内容が異なります</translation>
    </message>
    <message>
        <source>it is gone</source>
        <translation>ファイルがなくなっています</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::MultipartUpload</name>
    <message>
        <source>No AWS client.</source>
        <translation>AWS クライアントがありません。</translation>
    </message>
    <message>
        <source>Ignoring the upload checkpoint: %1</source>
        <translation>アップロードのチェックポイントを無視します: %1</translation>
    </message>
    <message>
        <source>Cannot resume: %1 changed since the upload was interrupted (%2). Its parts in S3 would not fit the file any more. Run the copy again without --resume to upload it from the start.</source>
        <translation>再開できません: アップロードの中断後に %1 が変更されました (%2)。S3 にあるパートはこのファイルと一致しなくなっています。最初からアップロードするには、--resume を付けずにコピーをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Resuming with the interrupted upload&apos;s part size of %1 bytes.</source>
        <translation>中断したアップロードのパートサイズ (%1 バイト) で再開します。</translation>
    </message>
    <message>
        <source>Discarding an interrupted upload of this file (use --resume to continue one).</source>
        <translation>このファイルの中断したアップロードを破棄します (続行するには --resume を使用してください)。</translation>
    </message>
    <message>
        <source>No interrupted upload of this file to resume: starting a new one.</source>
        <translation>再開できる中断したアップロードがないため、新しいアップロードを開始します。</translation>
    </message>
    <message>
        <source>s3://%1/%2 already holds this file (same size and content samples): nothing to upload.</source>
        <translation>s3://%1/%2 にはこのファイルがすでにあります (サイズと内容のサンプルが同一)。アップロードするものはありません。</translation>
    </message>
    <message>
        <source>S3 started the upload without an upload id.</source>
        <translation>S3 がアップロード ID なしでアップロードを開始しました。</translation>
    </message>
    <message>
        <source>The interrupted upload is gone from S3 (aborted or expired): starting a new one.</source>
        <translation>中断したアップロードが S3 からなくなっています (中止済みまたは期限切れ)。新しいアップロードを開始します。</translation>
    </message>
    <message>
        <source>S3 no longer knows the upload (it was aborted or expired).</source>
        <translation>S3 にこのアップロードがもうありません (中止済みまたは期限切れ)。</translation>
    </message>
    <message>
        <source>Part %1 failed after %2 attempts: %3</source>
        <translation>パート %1 は %2 回試行しましたが失敗しました: %3</translation>
    </message>
    <message>
        <source>S3 answered without an ETag</source>
        <translation>S3 の応答に ETag がありません</translation>
    </message>
    <message>
        <source>S3&apos;s checksum %1 differs from ours %2</source>
        <translation>S3 のチェックサム %1 が、こちらで計算した %2 と一致しません</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>パート %1: %2</translation>
    </message>
    <message>
        <source>Part %1, attempt %2 failed (%3); trying again.</source>
        <translation>パート %1 の %2 回目の試行が失敗しました (%3)。再試行します。</translation>
    </message>
    <message>
        <source>S3&apos;s checksum of the finished object (%1) differs from the file&apos;s (%2).</source>
        <translation>完成したオブジェクトの S3 のチェックサム (%1) が、ファイルのチェックサム (%2) と一致しません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Cancelled, but S3 did not abort the upload: %1</source>
        <translation>キャンセルしましたが、S3 でアップロードが中止されませんでした: %1</translation>
    </message>
    <message>
        <source>Cancelled; the multipart upload was aborted in S3.</source>
        <translation>キャンセルしました。S3 のマルチパートアップロードは中止されました。</translation>
    </message>
    <message>
        <source>Cannot save the upload checkpoint (the upload goes on, but cannot be resumed): %1</source>
        <translation>アップロードのチェックポイントを保存できません (アップロードは続行しますが、再開はできません): %1</translation>
    </message>
    <message numerus="yes">
        <source>Resuming: %n part(s) in all, %1 of them in S3 already.</source>
        <translation>
            <numerusform>再開します: %n パート中 %1 パートはすでに S3 にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file changed while it was uploaded (%2). Upload it again once nothing writes to it.</source>
        <translation>%1: アップロード中にファイルが変更されました (%2)。ファイルへの書き込みがなくなってから、もう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>S3 did not abort the multipart upload (%1); the next upload of this file will.</source>
        <translation>S3 でマルチパートアップロードが中止されませんでした (%1)。このファイルを次にアップロードするときに中止されます。</translation>
    </message>
    <message>
        <source>S3 refused the list of parts (%1); checking the parts it holds against the file.</source>
        <translation>S3 がパートの一覧を拒否しました (%1)。S3 にあるパートをファイルと照合しています。</translation>
    </message>
    <message>
        <source>%1 (the answer to an earlier CompleteMultipartUpload was lost, and the object in S3 is not this file&apos;s upload)</source>
        <translation>%1 (以前の CompleteMultipartUpload の応答が失われ、S3 のオブジェクトはこのファイルのアップロードではありません)</translation>
    </message>
    <message>
        <source>The answer to CompleteMultipartUpload was lost; S3 holds the finished object with the file&apos;s checksum.</source>
        <translation>CompleteMultipartUpload の応答が失われましたが、S3 にはファイルのチェックサムと一致する完成したオブジェクトがあります。</translation>
    </message>
    <message>
        <source>An earlier attempt may have started an upload in S3 all the same: `aws s3api list-multipart-uploads --bucket %1 --prefix %2` lists it, and abort-multipart-upload removes it.</source>
        <translation>以前の試行で S3 にアップロードが開始されている可能性があります。`aws s3api list-multipart-uploads --bucket %1 --prefix %2` で一覧表示し、abort-multipart-upload で削除できます。</translation>
    </message>
    <message numerus="yes">
        <source>Aborted %n upload(s) that S3 started for a CreateMultipartUpload attempt whose answer was lost.</source>
        <translation>
            <numerusform>応答が失われた CreateMultipartUpload の試行で S3 が開始したアップロード %n 件を中止しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vmi::transfer::OrphanedUploadSweep</name>
    <message>
        <source>No AWS client.</source>
        <translation>AWS クライアントがありません。</translation>
    </message>
    <message>
        <source>Could not look for uploads left by a lost CreateMultipartUpload answer: %1</source>
        <translation>失われた CreateMultipartUpload の応答が残したアップロードを検索できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not abort the upload %1 left by a lost CreateMultipartUpload answer: %2</source>
        <translation>失われた CreateMultipartUpload の応答が残したアップロード %1 を中止できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::PartPlan</name>
    <message>
        <source>The file is empty: there is nothing to upload.</source>
        <translation>ファイルが空です。アップロードするものはありません。</translation>
    </message>
    <message>
        <source>The file is larger than S3 accepts in one multipart upload (10,000 parts of 5 GiB).</source>
        <translation>ファイルが、S3 が 1 回のマルチパートアップロードで受け付けるサイズ (5 GiB × 10,000 パート) を超えています。</translation>
    </message>
    <message>
        <source>The part size must be between 5 MiB and 5 GiB.</source>
        <translation>パートサイズは 5 MiB～5 GiB である必要があります。</translation>
    </message>
    <message>
        <source>With this part size the file needs more than 10,000 parts; choose at least %1 MiB.</source>
        <translation>このパートサイズでは 10,000 を超えるパートが必要です。%1 MiB 以上を指定してください。</translation>
    </message>
</context>
<context>
    <name>vmi::transfer::UploadCheckpoint</name>
    <message>
        <source>The upload checkpoint has schema version %1; this vmimport reads version %2.</source>
        <translation>アップロードのチェックポイントのスキーマバージョンは %1 ですが、この vmimport が読み取れるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>The upload checkpoint is damaged.</source>
        <translation>アップロードのチェックポイントが破損しています。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The upload checkpoint %1 is damaged: %2</source>
        <translation>アップロードのチェックポイント %1 が破損しています: %2</translation>
    </message>
</context>
<context>
    <name>vmi::ui</name>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>%1 of %2 MiB at %3 MiB/s, part %4 of %5</source>
        <translation>%2 MiB 中 %1 MiB (%3 MiB/秒)、パート %4/%5</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS プロファイル</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>ステータスメッセージ</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>How to fix it:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>uploaded, deleted after the import</source>
        <translation>アップロード済み (インポート後に削除)</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>一時停止中: %1</translation>
    </message>
    <message>
        <source>uploading: %1</source>
        <translation>アップロード中: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>vmi::ui::DashboardWindow</name>
    <message>
        <source>Cancel import</source>
        <translation>インポートのキャンセル</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>インポートタスク</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>タスクの詳細</translation>
    </message>
    <message>
        <source>VM Import Wizard</source>
        <translation>VM Import Wizard</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>%1 をキャンセルできませんでした: %2</translation>
    </message>
    <message>
        <source>Job file left alone: %1 (%2)</source>
        <translation>ジョブファイルは変更せずに残しました: %1 (%2)</translation>
    </message>
    <message>
        <source>paused (disk %1 of %2)</source>
        <translation>一時停止中 (ディスク %1/%2)</translation>
    </message>
    <message>
        <source>uploading (disk %1 of %2)</source>
        <translation>アップロード中 (ディスク %1/%2)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause Upload</source>
        <translation>アップロードを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume Upload</source>
        <translation>アップロードを再開(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel Import...</source>
        <translation>インポートをキャンセル(&amp;C)...</translation>
    </message>
    <message>
        <source>Copy &amp;IDs</source>
        <translation>ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Open in AWS Co&amp;nsole</source>
        <translation>AWS コンソールで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Remove &amp;Finished</source>
        <translation>終了したインポートを削除(&amp;F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;インポート&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All tasks in the Re&amp;gion</source>
        <translation>リージョン内のすべてのタスク(&amp;A)</translation>
    </message>
    <message>
        <source>Also list the Region&apos;s import tasks that this app did not start</source>
        <translation>このアプリで開始していない、リージョン内のインポートタスクも一覧に表示します</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filter imports</source>
        <translation>インポートをフィルター</translation>
    </message>
    <message>
        <source>Import completed</source>
        <translation>インポートが完了しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>インポートがキャンセルされました</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n import(s)? AWS stops the task and deletes what it made so far.

%1</source>
        <translation>
            <numerusform>%n 件のインポートをキャンセルしますか? AWS はタスクを停止し、それまでに作成したものを削除します。

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No job yet, so no Region to list.</source>
        <translation>ジョブがまだないため、一覧表示するリージョンがありません。</translation>
    </message>
</context>
<context>
    <name>vmi::ui::DisksPage</name>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Disks, the first one boots</source>
        <translation>ディスク (最初のディスクから起動)</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add S3 &amp;object…</source>
        <translation>S3 オブジェクトを追加(&amp;O)…</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>URL を追加(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>The Windows 11 ISO: a local file to upload, or an object already in S3.</source>
        <translation>Windows 11 の ISO: アップロードするローカルファイル、または S3 にすでにあるオブジェクト。</translation>
    </message>
    <message>
        <source>The first disk boots. Drop files here or add them with the buttons.</source>
        <translation>最初のディスクから起動します。ここにファイルをドロップするか、ボタンで追加してください。</translation>
    </message>
    <message>
        <source>Add ISO &amp;file…</source>
        <translation>ISO ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>ISO イメージ (*.iso);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Disk images (*.ova *.vmdk *.vhd *.vhdx *.raw *.img);;All files (*)</source>
        <translation>ディスクイメージ (*.ova *.vmdk *.vhd *.vhdx *.raw *.img);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add ISO</source>
        <translation>ISO の追加</translation>
    </message>
    <message>
        <source>Add disks</source>
        <translation>ディスクの追加</translation>
    </message>
    <message>
        <source>Add S3 object</source>
        <translation>S3 オブジェクトの追加</translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation>URL の追加</translation>
    </message>
    <message>
        <source>URL of the disk (https:// or s3://):</source>
        <translation>ディスクの URL (https:// または s3://):</translation>
    </message>
    <message>
        <source>Add snapshot</source>
        <translation>スナップショットの追加</translation>
    </message>
    <message>
        <source>EBS snapshot id (snap-…):</source>
        <translation>EBS スナップショット ID (snap-…):</translation>
    </message>
    <message>
        <source>Add snaps&amp;hot…</source>
        <translation>スナップショットを追加(&amp;H)…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上へ移動(&amp;P)</translation>
    </message>
    <message>
        <source>%1
S3 URI (s3://bucket/key):</source>
        <translation>%1
S3 URI (s3://bucket/key):</translation>
    </message>
</context>
<context>
    <name>vmi::ui::EncryptionPage</name>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Encrypted imports make encrypted EBS snapshots. Without a key, EBS&apos;s default key (aws/ebs) is used.</source>
        <translation>暗号化したインポートでは、暗号化された EBS スナップショットが作成されます。キーを指定しない場合は、EBS のデフォルトキー (aws/ebs) が使用されます。</translation>
    </message>
    <message>
        <source>&amp;Encrypt the snapshots</source>
        <translation>スナップショットを暗号化する(&amp;E)</translation>
    </message>
    <message>
        <source>EBS default key; or a key id, key ARN, alias/NAME or alias ARN</source>
        <translation>EBS のデフォルトキー、またはキー ID、キー ARN、alias/NAME、エイリアス ARN</translation>
    </message>
    <message>
        <source>&amp;KMS key:</source>
        <translation>KMS キー(&amp;K):</translation>
    </message>
</context>
<context>
    <name>vmi::ui::ImageBuilderPage</name>
    <message>
        <source>Image Builder image</source>
        <translation>Image Builder イメージ</translation>
    </message>
    <message>
        <source>How the image is named and where Image Builder builds it.</source>
        <translation>イメージの名前と、Image Builder がイメージを構築する場所。</translation>
    </message>
    <message>
        <source>for example windows-11-base</source>
        <translation>例: windows-11-base</translation>
    </message>
    <message>
        <source>Semantic &amp;version:</source>
        <translation>セマンティックバージョン(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;OS version:</source>
        <translation>OS バージョン(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>プラットフォーム(&amp;P):</translation>
    </message>
    <message>
        <source>arn:aws:imagebuilder:…:infrastructure-configuration/…</source>
        <translation>arn:aws:imagebuilder:…:infrastructure-configuration/…</translation>
    </message>
    <message>
        <source>&amp;Infrastructure configuration:</source>
        <translation>インフラストラクチャ設定(&amp;I):</translation>
    </message>
    <message>
        <source>Image Builder&apos;s service-linked role</source>
        <translation>Image Builder のサービスリンクロール</translation>
    </message>
    <message>
        <source>&amp;Execution role:</source>
        <translation>実行ロール(&amp;E):</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名前(&amp;A):</translation>
    </message>
</context>
<context>
    <name>vmi::ui::ImportWizard</name>
    <message>
        <source>New Import</source>
        <translation>新しいインポート</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>インポートを開始(&amp;S)</translation>
    </message>
    <message>
        <source>No connection to AWS.</source>
        <translation>AWS に接続していません。</translation>
    </message>
</context>
<context>
    <name>vmi::ui::KeychainCredentialsEditor</name>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation>キーチェーンに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;move from Keychain</source>
        <translation>キーチェーンから削除(&amp;M)</translation>
    </message>
    <message>
        <source>Keys saved here are used for an AWS profile that has no keys in ~/.aws/credentials. They are kept in the system keychain only, never in a file, and take effect at once.</source>
        <translation>ここで保存したキーは、~/.aws/credentials にキーがない AWS プロファイルで使用されます。キーはシステムのキーチェーンにのみ保存され、ファイルには保存されません。保存するとすぐに有効になります。</translation>
    </message>
    <message>
        <source>AWS profile for the keys</source>
        <translation>キーを使用する AWS プロファイル</translation>
    </message>
    <message>
        <source>AWS p&amp;rofile:</source>
        <translation>AWS プロファイル(&amp;O):</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>AKIA...</source>
        <translation>AKIA...</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>アクセスキー ID(&amp;I):</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>シークレットアクセスキー(&amp;E):</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>キーチェーンの状態</translation>
    </message>
    <message>
        <source>The keychain holds keys for this profile (access key ID %1). Saving replaces them.</source>
        <translation>キーチェーンにはこのプロファイルのキーがあります (アクセスキー ID %1)。保存すると置き換えられます。</translation>
    </message>
    <message>
        <source>No keys are stored for this profile.</source>
        <translation>このプロファイルのキーは保存されていません。</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; are saved in the keychain.</source>
        <translation>プロファイル「%1」のキーをキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; are removed from the keychain.</source>
        <translation>プロファイル「%1」のキーをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
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
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;New Import...</source>
        <translation>新しいインポート(&amp;N)...</translation>
    </message>
    <message>
        <source>Import virtual machine disks into AWS as an AMI, a snapshot or an image</source>
        <translation>仮想マシンのディスクを AMI、スナップショット、またはイメージとして AWS にインポートします</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About VM Import Wizard</source>
        <translation>VM Import Wizard について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>No imports yet. Start one with File &gt; New Import (%1).</source>
        <translation>インポートはまだありません。[ファイル] &gt; [新しいインポート] (%1) で開始してください。</translation>
    </message>
    <message>
        <source>About VM Import Wizard</source>
        <translation>VM Import Wizard について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VM Import Wizard %1&lt;/h3&gt;&lt;p&gt;Moves virtual machine disks into AWS with EC2 ImportImage, ImportSnapshot and Image Builder ImportDiskImage.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), licensed under the LGPL v3; QtKeychain, licensed under the BSD 3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VM Import Wizard %1&lt;/h3&gt;&lt;p&gt;EC2 の ImportImage、ImportSnapshot、および Image Builder の ImportDiskImage を使って、仮想マシンのディスクを AWS に移行します。&lt;/p&gt;&lt;p&gt;Qt %2 (実行中の Qt: %3、LGPL v3 ライセンス) および QtKeychain (BSD 3-Clause ライセンス) を使用して構築されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import not started</source>
        <translation>インポートは開始されませんでした</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>インポートを開始できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import started: %1 in %2, %n disk(s).</source>
        <translation>
            <numerusform>インポートを開始しました: %1 (%2、ディスク %n 個)。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>Default Region and profile, AWS keys, proxy, language, uploads</source>
        <translation>デフォルトのリージョンとプロファイル、AWS キー、プロキシ、言語、アップロード</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
</context>
<context>
    <name>vmi::ui::RegisterImageGroup</name>
    <message>
        <source>Re&amp;gister an AMI from the snapshot afterwards</source>
        <translation>インポート後にスナップショットから AMI を登録する(&amp;G)</translation>
    </message>
    <message>
        <source>RegisterImage makes an AMI whose root volume is the imported snapshot: the way to an AMI for systems ImportImage refuses (arm64, UEFI only, other kernels).</source>
        <translation>RegisterImage は、インポートしたスナップショットをルートボリュームとする AMI を作成します。ImportImage が受け付けないシステム (arm64、UEFI 専用、その他のカーネル) から AMI を作成する方法です。</translation>
    </message>
    <message>
        <source>3 to 128 characters, unique in the Region</source>
        <translation>3～128 文字、リージョン内で一意</translation>
    </message>
    <message>
        <source>AMI na&amp;me:</source>
        <translation>AMI 名(&amp;M):</translation>
    </message>
    <message>
        <source>AMI descr&amp;iption:</source>
        <translation>AMI の説明(&amp;I):</translation>
    </message>
    <message>
        <source>Not set (EC2 assumes i386)</source>
        <translation>未設定 (EC2 では i386 とみなされます)</translation>
    </message>
    <message>
        <source>Arc&amp;hitecture:</source>
        <translation>アーキテクチャ(&amp;H):</translation>
    </message>
    <message>
        <source>Not set (the instance type&apos;s default)</source>
        <translation>未設定 (インスタンスタイプのデフォルト)</translation>
    </message>
    <message>
        <source>Legacy BIOS</source>
        <translation>レガシー BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI preferred</source>
        <translation>UEFI 優先</translation>
    </message>
    <message>
        <source>Boot m&amp;ode:</source>
        <translation>ブートモード(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;ENA (enhanced networking; Nitro instances need it)</source>
        <translation>ENA (拡張ネットワーキング。Nitro インスタンスでは必須)(&amp;E)</translation>
    </message>
    <message>
        <source>Require IMDSv&amp;2 on instances launched from it</source>
        <translation>この AMI から起動したインスタンスで IMDSv2 を必須にする(&amp;2)</translation>
    </message>
    <message>
        <source>Nitro&amp;TPM (TPM 2.0; needs UEFI)</source>
        <translation>NitroTPM (TPM 2.0。UEFI が必要)(&amp;T)</translation>
    </message>
    <message>
        <source>Root de&amp;vice name:</source>
        <translation>ルートデバイス名(&amp;V):</translation>
    </message>
    <message>
        <source>Not set (gp2)</source>
        <translation>未設定 (gp2)</translation>
    </message>
    <message>
        <source>gp3 (general purpose SSD)</source>
        <translation>gp3 (汎用 SSD)</translation>
    </message>
    <message>
        <source>gp2 (general purpose SSD, older)</source>
        <translation>gp2 (汎用 SSD、旧世代)</translation>
    </message>
    <message>
        <source>io2 (provisioned IOPS SSD)</source>
        <translation>io2 (プロビジョンド IOPS SSD)</translation>
    </message>
    <message>
        <source>io1 (provisioned IOPS SSD, older)</source>
        <translation>io1 (プロビジョンド IOPS SSD、旧世代)</translation>
    </message>
    <message>
        <source>st1 (throughput HDD)</source>
        <translation>st1 (スループット最適化 HDD)</translation>
    </message>
    <message>
        <source>sc1 (cold HDD)</source>
        <translation>sc1 (コールド HDD)</translation>
    </message>
    <message>
        <source>standard (magnetic)</source>
        <translation>standard (マグネティック)</translation>
    </message>
    <message>
        <source>Root vol&amp;ume type:</source>
        <translation>ルートボリュームのタイプ(&amp;U):</translation>
    </message>
</context>
<context>
    <name>vmi::ui::ReviewPage</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check what will happen, run the preflight checks, then start the import.</source>
        <translation>実行内容を確認し、事前チェックを実行してから、インポートを開始してください。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断結果</translation>
    </message>
    <message>
        <source>The same with the AWS CLI</source>
        <translation>AWS CLI での同等のコマンド</translation>
    </message>
    <message>
        <source>AWS CLI commands</source>
        <translation>AWS CLI コマンド</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>コマンドをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;ve commands…</source>
        <translation>コマンドを保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>チェックを実行(&amp;R)</translation>
    </message>
    <message>
        <source>Create the service &amp;role…</source>
        <translation>サービスロールを作成(&amp;L)…</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>プロファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>Save as &amp;profile</source>
        <translation>プロファイルとして保存(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 in %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%2 での %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;AWS profile: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;AWS プロファイル: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>デフォルト</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n disk(s)</source>
        <translation>
            <numerusform>&lt;p&gt;ディスク %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to upload to s3://%1/%2</source>
        <translation>
            <numerusform>、うち %n 個を s3://%1/%2 にアップロード</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Asking AWS…</source>
        <translation>AWS に問い合わせ中…</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>一部のチェックに失敗しました。</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Fix the failed checks first, or run them again.</source>
        <translation>失敗したチェックの問題を先に修正するか、チェックを再実行してください。</translation>
    </message>
    <message>
        <source>Create the service role</source>
        <translation>サービスロールの作成</translation>
    </message>
    <message>
        <source>VM Import/Export needs a role named %1 that it may assume. Create it with AWS&apos;s documented trust policy and a role policy for this import&apos;s buckets (see the details)?</source>
        <translation>VM Import/Export には、引き受け可能な %1 という名前のロールが必要です。AWS のドキュメントに記載されている信頼ポリシーと、このインポートで使うバケット用のロールポリシーを指定して、このロールを作成しますか? (詳細を参照してください)</translation>
    </message>
    <message>
        <source>Trust policy:
%1
Role policy &quot;%2&quot;:
%3</source>
        <translation>信頼ポリシー:
%1
ロールポリシー「%2」:
%3</translation>
    </message>
    <message>
        <source>Creating the role…</source>
        <translation>ロールを作成中…</translation>
    </message>
    <message>
        <source>Save AWS CLI commands</source>
        <translation>AWS CLI コマンドの保存</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>シェルスクリプト (*.sh);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>tag what the import made with the import&apos;s tags</source>
        <translation>インポートで作成されたものにインポートのタグを付ける</translation>
    </message>
    <message>
        <source>delete the objects uploaded for it</source>
        <translation>インポート用にアップロードしたオブジェクトを削除する</translation>
    </message>
    <message>
        <source>i386 (not set)</source>
        <translation>i386 (未設定)</translation>
    </message>
    <message>
        <source>ENA</source>
        <translation>ENA</translation>
    </message>
    <message>
        <source>IMDSv2 required</source>
        <translation>IMDSv2 必須</translation>
    </message>
    <message>
        <source>NitroTPM</source>
        <translation>NitroTPM</translation>
    </message>
    <message>
        <source>%1 root volume</source>
        <translation>ルートボリューム %1</translation>
    </message>
    <message>
        <source>register the AMI &quot;%1&quot; from the snapshot (%2)</source>
        <translation>スナップショットから AMI「%1」を登録する (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;After the import:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;インポート後:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>vmi::ui::S3BrowserDialog</name>
    <message>
        <source>Choose S3 objects</source>
        <translation>S3 オブジェクトの選択</translation>
    </message>
    <message>
        <source>Choose an S3 location</source>
        <translation>S3 の場所の選択</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Up one level (Backspace)</source>
        <translation>1 つ上の階層へ (Backspace)</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>S3 location</source>
        <translation>S3 の場所</translation>
    </message>
    <message>
        <source>s3://bucket/prefix/ (Enter to go there)</source>
        <translation>s3://bucket/prefix/ (Enter で移動)</translation>
    </message>
    <message>
        <source>Buckets, folders and objects</source>
        <translation>バケット、フォルダー、オブジェクト</translation>
    </message>
    <message>
        <source>Asking S3</source>
        <translation>S3 に問い合わせ中</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>さらに読み込む(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Use th&amp;is location</source>
        <translation>この場所を使用(&amp;S)</translation>
    </message>
    <message>
        <source>A location looks like s3://bucket/prefix/.</source>
        <translation>場所は s3://bucket/prefix/ の形式で指定します。</translation>
    </message>
    <message>
        <source>No connection to AWS.</source>
        <translation>AWS に接続していません。</translation>
    </message>
    <message>
        <source>Cannot list the buckets (%1). Type a location above instead.</source>
        <translation>バケットを一覧表示できません: %1 代わりに、上の欄に場所を入力してください。</translation>
    </message>
    <message>
        <source>This account has no buckets.</source>
        <translation>このアカウントにはバケットがありません。</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>%1 を一覧表示できません: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>ここには何もありません。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Asking S3…</source>
        <translation>S3 に問い合わせ中…</translation>
    </message>
</context>
<context>
    <name>vmi::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>AWS &amp;Keys</source>
        <translation>AWS キー(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <source>Defaults for a new import</source>
        <translation>新しいインポートのデフォルト</translation>
    </message>
    <message>
        <source>Default AWS Region</source>
        <translation>デフォルトの AWS リージョン</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s Region, e.g. eu-west-1</source>
        <translation>AWS プロファイルのリージョン (例: eu-west-1)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Default AWS profile</source>
        <translation>デフォルトの AWS プロファイル</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s default</source>
        <translation>AWS CLI のデフォルト</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>AWS プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>インターフェイスの言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>新しい言語は、アプリを再起動すると適用されます。</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>Polling interval in seconds</source>
        <translation>ポーリング間隔 (秒)</translation>
    </message>
    <message numerus="yes">
        <source> second(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>How often the app asks AWS about an import task that is moving; a task that does not move is asked less often.</source>
        <translation>進行中のインポートタスクについて、アプリが AWS に問い合わせる間隔です。進行していないタスクへの問い合わせは、これより少なくなります。</translation>
    </message>
    <message>
        <source>&amp;Check import tasks every:</source>
        <translation>インポートタスクの確認間隔(&amp;C):</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使用する(&amp;S)</translation>
    </message>
    <message>
        <source>Use this &amp;HTTP proxy:</source>
        <translation>次の HTTP プロキシを使用する(&amp;H):</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>プロキシホスト</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>ホスト(&amp;O):</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシポート</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>ポート(&amp;R):</translation>
    </message>
    <message>
        <source>Used by every upload whose import profile does not set its own value.</source>
        <translation>インポートプロファイルで独自の値を設定していないすべてのアップロードで使用されます。</translation>
    </message>
    <message>
        <source>Part size in MiB</source>
        <translation>パートサイズ (MiB)</translation>
    </message>
    <message>
        <source>Automatic (from the file size)</source>
        <translation>自動 (ファイルサイズから決定)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation>パートサイズ(&amp;P):</translation>
    </message>
    <message>
        <source>Parts sent at the same time</source>
        <translation>同時転送パート数</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>デフォルト (%1)</translation>
    </message>
    <message>
        <source>Parts sent at the &amp;same time:</source>
        <translation>同時転送パート数(&amp;S):</translation>
    </message>
    <message>
        <source>Bandwidth limit in MiB per second</source>
        <translation>帯域幅の上限 (MiB/秒)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/秒</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>帯域幅の上限(&amp;B):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Region name (like eu-west-1).</source>
        <translation>「%1」はリージョン名ではありません (例: eu-west-1)。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or use the system&apos;s proxy settings.</source>
        <translation>プロキシのホスト名を入力するか、システムのプロキシ設定を使用してください。</translation>
    </message>
</context>
<context>
    <name>vmi::ui::StartPage</name>
    <message>
        <source>What to import</source>
        <translation>インポートの内容</translation>
    </message>
    <message>
        <source>Choose the kind of import, then where it goes.</source>
        <translation>インポートの種類を選択し、次にインポート先を選択してください。</translation>
    </message>
    <message>
        <source>Kind of import</source>
        <translation>インポートの種類</translation>
    </message>
    <message>
        <source>&amp;AMI from virtual machine disks</source>
        <translation>仮想マシンのディスクから AMI を作成(&amp;A)</translation>
    </message>
    <message>
        <source>EC2 ImportImage: one or more disks (OVA, VMDK, VHD, VHDX, raw) become an AMI you can launch.</source>
        <translation>EC2 ImportImage: 1 つ以上のディスク (OVA、VMDK、VHD、VHDX、raw) から、起動可能な AMI を作成します。</translation>
    </message>
    <message>
        <source>EBS &amp;snapshot from one disk</source>
        <translation>1 つのディスクから EBS スナップショットを作成(&amp;S)</translation>
    </message>
    <message>
        <source>EC2 ImportSnapshot: one disk (VMDK, VHD, raw) becomes an EBS snapshot; no operating system checks.</source>
        <translation>EC2 ImportSnapshot: 1 つのディスク (VMDK、VHD、raw) から EBS スナップショットを作成します。オペレーティングシステムのチェックは行いません。</translation>
    </message>
    <message>
        <source>&amp;Windows 11 ISO through Image Builder</source>
        <translation>Image Builder で Windows 11 ISO をインポート(&amp;W)</translation>
    </message>
    <message>
        <source>Image Builder ImportDiskImage: a Windows 11 Enterprise ISO becomes an Image Builder image.</source>
        <translation>Image Builder ImportDiskImage: Windows 11 Enterprise の ISO から Image Builder イメージを作成します。</translation>
    </message>
    <message>
        <source>Saved import profile</source>
        <translation>保存済みのインポートプロファイル</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Saved &amp;profile:</source>
        <translation>保存済みプロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>AWS Region</source>
        <translation>AWS リージョン</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS プロファイル</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s default</source>
        <translation>AWS CLI のデフォルト</translation>
    </message>
    <message>
        <source>Asking AWS who you are</source>
        <translation>AWS に現在の ID を問い合わせています</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>確認をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>サインイン中の ID:</translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation>プロファイルの読み込み</translation>
    </message>
    <message>
        <source>Checking in a moment…</source>
        <translation>まもなく確認します…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>確認をキャンセルしました。</translation>
    </message>
    <message>
        <source>Asking AWS…</source>
        <translation>AWS に問い合わせ中…</translation>
    </message>
    <message>
        <source>Account %1, %2</source>
        <translation>アカウント %1、%2</translation>
    </message>
    <message>
        <source>AWS pr&amp;ofile:</source>
        <translation>AWS プロファイル(&amp;O):</translation>
    </message>
</context>
<context>
    <name>vmi::ui::SystemPage</name>
    <message>
        <source>Operating system, boot and licensing</source>
        <translation>オペレーティングシステム、ブート、ライセンス</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
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
        <translation>プラットフォーム(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>アーキテクチャ(&amp;A):</translation>
    </message>
    <message>
        <source>Legacy BIOS</source>
        <translation>レガシー BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>Let AWS choose</source>
        <translation>AWS に任せる</translation>
    </message>
    <message>
        <source>License included (AWS)</source>
        <translation>ライセンス込み (AWS)</translation>
    </message>
    <message>
        <source>Bring your own license (BYOL)</source>
        <translation>ライセンス持ち込み (BYOL)</translation>
    </message>
    <message>
        <source>By usage operation</source>
        <translation>使用オペレーションで指定</translation>
    </message>
    <message>
        <source>&amp;Licensing:</source>
        <translation>ライセンス(&amp;L):</translation>
    </message>
    <message>
        <source>Linux/UNIX (also with SQL Server BYOL)</source>
        <translation>Linux/UNIX (SQL Server BYOL を含む)</translation>
    </message>
    <message>
        <source>Windows, license included</source>
        <translation>Windows (ライセンス込み)</translation>
    </message>
    <message>
        <source>Windows, bring your own license</source>
        <translation>Windows (ライセンス持ち込み)</translation>
    </message>
    <message>
        <source>Windows with SQL Server Standard, license included</source>
        <translation>Windows と SQL Server Standard (ライセンス込み)</translation>
    </message>
    <message>
        <source>Windows with SQL Server Enterprise, license included</source>
        <translation>Windows と SQL Server Enterprise (ライセンス込み)</translation>
    </message>
    <message>
        <source>Windows with SQL Server Web, license included</source>
        <translation>Windows と SQL Server Web (ライセンス込み)</translation>
    </message>
    <message>
        <source>Linux with SQL Server Standard, license included</source>
        <translation>Linux と SQL Server Standard (ライセンス込み)</translation>
    </message>
    <message>
        <source>Linux with SQL Server Enterprise, license included</source>
        <translation>Linux と SQL Server Enterprise (ライセンス込み)</translation>
    </message>
    <message>
        <source>Linux with SQL Server Web, license included</source>
        <translation>Linux と SQL Server Web (ライセンス込み)</translation>
    </message>
    <message>
        <source>&amp;Usage operation:</source>
        <translation>使用オペレーション(&amp;U):</translation>
    </message>
    <message>
        <source>One License Manager configuration ARN per line</source>
        <translation>License Manager のライセンス設定 ARN を 1 行に 1 つ</translation>
    </message>
    <message>
        <source>License &amp;configurations:</source>
        <translation>ライセンス設定(&amp;C):</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>ハイパーバイザー(&amp;H):</translation>
    </message>
    <message>
        <source>Service &amp;role:</source>
        <translation>サービスロール(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>What the disks hold and how it is licensed. &quot;Detect&quot; lets VM Import decide.</source>
        <translation>ディスクの内容とライセンスの形態を指定します。[自動検出] を選ぶと VM Import が判断します。</translation>
    </message>
    <message>
        <source>A snapshot import does not look at the operating system.</source>
        <translation>スナップショットのインポートでは、オペレーティングシステムは確認されません。</translation>
    </message>
    <message>
        <source>AWS bills the Windows license by the hour. Windows Server only.</source>
        <translation>Windows のライセンス料金は AWS が時間単位で請求します。Windows Server のみが対象です。</translation>
    </message>
    <message>
        <source>You bring your own license (Linux, Windows client editions, or Windows with your Microsoft agreement).</source>
        <translation>自分のライセンスを持ち込みます (Linux、Windows のクライアントエディション、または Microsoft との契約に基づく Windows)。</translation>
    </message>
    <message>
        <source>The billing code the AMI gets; say exactly which product is licensed how.</source>
        <translation>AMI に付与される請求コードです。どの製品をどのようにライセンスするかを正確に指定します。</translation>
    </message>
    <message>
        <source>VM Import decides from the operating system. AWS recommends choosing.</source>
        <translation>VM Import がオペレーティングシステムから判断します。AWS では明示的に選択することを推奨しています。</translation>
    </message>
    <message>
        <source>Boot &amp;mode:</source>
        <translation>ブートモード(&amp;M):</translation>
    </message>
</context>
<context>
    <name>vmi::ui::TagsPage</name>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Tags for the import task. Paste key=value lines to add many at once.</source>
        <translation>インポートタスクのタグです。key=value 形式の行を貼り付けると、まとめて追加できます。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Paste key=value</source>
        <translation>key=value を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>%1 of %2 tags</source>
        <translation>タグ %1 / %2 個</translation>
    </message>
    <message>
        <source>Also tag the AMI and its &amp;snapshots</source>
        <translation>AMI とそのスナップショットにもタグを付ける(&amp;S)</translation>
    </message>
    <message>
        <source>EC2 puts these tags on the import task only. With this, the app tags what the task made (CreateTags) once it has completed.</source>
        <translation>EC2 はこれらのタグをインポートタスクにのみ付けます。このオプションを選択すると、タスクの完了後に、タスクで作成されたものにもアプリがタグを付けます (CreateTags)。</translation>
    </message>
    <message>
        <source>Also tag the &amp;snapshot and the AMI registered from it</source>
        <translation>スナップショットと、そこから登録した AMI にもタグを付ける(&amp;S)</translation>
    </message>
</context>
<context>
    <name>vmi::ui::UploadPage</name>
    <message>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Where local files go in S3 before the import reads them.</source>
        <translation>インポートで読み取る前に、ローカルファイルを S3 のどこに置くかを指定します。</translation>
    </message>
    <message>
        <source>Destination bucket</source>
        <translation>アップロード先バケット</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>キープレフィックス</translation>
    </message>
    <message>
        <source>for example imports/</source>
        <translation>例: imports/</translation>
    </message>
    <message>
        <source>&amp;Key prefix:</source>
        <translation>キープレフィックス(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>Part size in MiB</source>
        <translation>パートサイズ (MiB)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation>パートサイズ(&amp;P):</translation>
    </message>
    <message>
        <source>Parts in flight</source>
        <translation>同時転送パート数</translation>
    </message>
    <message>
        <source>Parts in &amp;flight:</source>
        <translation>同時転送パート数(&amp;F):</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>ストレージクラス</translation>
    </message>
    <message>
        <source>S&amp;torage class:</source>
        <translation>ストレージクラス(&amp;T):</translation>
    </message>
    <message>
        <source>Server-side encryption</source>
        <translation>サーバー側の暗号化</translation>
    </message>
    <message>
        <source>Server-side &amp;encryption:</source>
        <translation>サーバー側の暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>KMS key for server-side encryption</source>
        <translation>サーバー側の暗号化に使う KMS キー</translation>
    </message>
    <message>
        <source>SSE K&amp;MS key:</source>
        <translation>SSE KMS キー(&amp;M):</translation>
    </message>
    <message>
        <source>Checksum algorithm</source>
        <translation>チェックサムアルゴリズム</translation>
    </message>
    <message>
        <source>&amp;Checksum:</source>
        <translation>チェックサム(&amp;C):</translation>
    </message>
    <message>
        <source>Finding the bucket&apos;s Region…</source>
        <translation>バケットのリージョンを確認中…</translation>
    </message>
    <message>
        <source>There is no bucket %1.</source>
        <translation>バケット %1 は存在しません。</translation>
    </message>
    <message>
        <source>Pick one of the listed buckets, or create it first.</source>
        <translation>一覧にあるバケットを選択するか、先にバケットを作成してください。</translation>
    </message>
    <message>
        <source>Cannot find the bucket&apos;s Region: %1</source>
        <translation>バケットのリージョンを特定できません: %1</translation>
    </message>
    <message>
        <source>The bucket is in %1, the import in %2.</source>
        <translation>バケットは %1 にありますが、インポート先は %2 です。</translation>
    </message>
    <message>
        <source>VM Import/Export reads only buckets in the import&apos;s Region.</source>
        <translation>VM Import/Export はインポート先と同じリージョンのバケットしか読み取れません。</translation>
    </message>
    <message>
        <source>The bucket is in %1, like the import.</source>
        <translation>バケットはインポート先と同じ %1 にあります。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Pick the bucket and folder in S3</source>
        <translation>S3 のバケットとフォルダーを選択します</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>バケット(&amp;U):</translation>
    </message>
    <message>
        <source>In S3 now:</source>
        <translation>S3 の現在の状態:</translation>
    </message>
    <message>
        <source>&amp;Delete the uploaded objects after a successful import</source>
        <translation>インポートが成功したら、アップロードしたオブジェクトを削除する(&amp;D)</translation>
    </message>
    <message>
        <source>The import keeps its own copy; the uploaded objects only cost storage afterwards.</source>
        <translation>インポートでは独自のコピーが保持されるため、アップロードしたオブジェクトはその後、ストレージ料金がかかるだけです。</translation>
    </message>
    <message>
        <source>%1: looking…</source>
        <translation>%1: 確認中…</translation>
    </message>
    <message>
        <source>%1: not there yet; it will be uploaded</source>
        <translation>%1: まだありません。アップロードされます</translation>
    </message>
    <message>
        <source>%1: already in S3 (same size): will not be uploaded again</source>
        <translation>%1: すでに S3 にあります (同じサイズ)。再度アップロードはされません</translation>
    </message>
    <message>
        <source>%1: an object of another size is there: it will be replaced</source>
        <translation>%1: サイズの異なるオブジェクトがあります。置き換えられます</translation>
    </message>
    <message>
        <source>%1: cannot tell (%2)</source>
        <translation>%1: 判別できません (%2)</translation>
    </message>
    <message>
        <source>No local file to upload.</source>
        <translation>アップロードするローカルファイルはありません。</translation>
    </message>
</context>
<context>
    <name>vmi::ui::WizardPage</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
</context>
</TS>
