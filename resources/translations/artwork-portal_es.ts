<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CachingPortal</name>
    <message>
        <source>This order was never opened on this computer, so there is no copy to work offline.</source>
        <translation>Este pedido nunca se ha abierto en este ordenador, así que no hay copia para trabajar sin conexión.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>No verb given.</source>
        <translation>No se ha indicado ningún verbo.</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>Verbo desconocido: «%1».</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli VERB [options]

Verbs:
  validate       check names (and files) before they are delivered
  strip-xmp      remove XMP metadata bloat from JPEG/PNG files, pixels untouched
  make-samples   write a folder of sample artwork, some of it misnamed
  login          sign in to a portal and keep the token
  logout         sign out and forget the token
  upload         send files to a project, resumably
  status         a project&apos;s order: states, verdicts, what stops a delivery
  deliver        validate, upload and deliver files
  redeliver      upload and deliver again the fixed files of rejected assets

Run &apos;artwork-portal-cli VERB --help&apos; for the options of a verb.
</source>
        <translation>Uso: artwork-portal-cli VERBO [opciones]

Verbos:
  validate       comprueba nombres (y archivos) antes de entregarlos
  strip-xmp      quita el exceso de metadatos XMP de archivos JPEG/PNG, sin tocar los píxeles
  make-samples   escribe una carpeta de material gráfico de ejemplo, parte mal nombrado
  login          inicia sesión en un portal y guarda el token
  logout         cierra la sesión y olvida el token
  upload         envía archivos a un proyecto, de forma reanudable
  status         el pedido de un proyecto: estados, veredictos, qué impide una entrega
  deliver        valida, sube y entrega archivos
  redeliver      sube y vuelve a entregar los archivos corregidos de recursos rechazados

Ejecuta &apos;artwork-portal-cli VERBO --help&apos; para ver las opciones de un verbo.
</translation>
    </message>
</context>
<context>
    <name>ContentRules</name>
    <message>
        <source>export or copy the file again from the original</source>
        <translation>vuelve a exportar o a copiar el archivo desde el original</translation>
    </message>
    <message>
        <source>check it again once it is saved</source>
        <translation>vuelve a comprobarlo cuando esté guardado</translation>
    </message>
    <message>
        <source>export it again as an 8-bit baseline or progressive JPEG</source>
        <translation>vuelve a exportarlo como JPEG de 8 bits de línea de base o progresivo</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>The file is a %1 named .%2: the portal will not read it as one.</source>
        <translation>El archivo es un %1 con extensión .%2: el portal no lo leerá como tal.</translation>
    </message>
    <message>
        <source>rename it to .%1, or export it again as %2</source>
        <translation>cambia la extensión a .%1 o vuelve a exportarlo como %2</translation>
    </message>
    <message>
        <source>A %1 needs transparency: it must be a PNG, this file is a %2.</source>
        <translation>Un %1 necesita transparencia: tiene que ser un PNG y este archivo es un %2.</translation>
    </message>
    <message>
        <source>export it as a PNG with an alpha channel</source>
        <translation>expórtalo como PNG con canal alfa</translation>
    </message>
    <message>
        <source>A %1 is delivered as %2, not as %3.</source>
        <translation>Un %1 se entrega como %2, no como %3.</translation>
    </message>
    <message>
        <source>export it as %1</source>
        <translation>expórtalo como %1</translation>
    </message>
    <message>
        <source>The image is CMYK: screens and the portal show CMYK with wrong colours.</source>
        <translation>La imagen está en CMYK: las pantallas y el portal muestran el CMYK con colores erróneos.</translation>
    </message>
    <message>
        <source>convert it to RGB (sRGB) and export again</source>
        <translation>conviértela a RGB (sRGB) y vuelve a exportarla</translation>
    </message>
    <message>
        <source>The image uses an indexed palette: colours and edges lose quality.</source>
        <translation>La imagen usa una paleta indexada: los colores y los bordes pierden calidad.</translation>
    </message>
    <message>
        <source>export it as RGB (PNG-24 / PNG-32)</source>
        <translation>expórtala en RGB (PNG-24 / PNG-32)</translation>
    </message>
    <message>
        <source>The image is greyscale: the portal expects RGB, even for grey artwork.</source>
        <translation>La imagen está en escala de grises: el portal espera RGB, incluso para material gráfico en gris.</translation>
    </message>
    <message>
        <source>convert it to RGB and export again</source>
        <translation>conviértela a RGB y vuelve a exportarla</translation>
    </message>
    <message>
        <source>The image has an unusual colour model (%1 channels).</source>
        <translation>La imagen tiene un modelo de color poco habitual (%1 canales).</translation>
    </message>
    <message>
        <source>The image has %1 bits per channel; deliverables have 8.</source>
        <translation>La imagen tiene %1 bits por canal; los entregables tienen 8.</translation>
    </message>
    <message>
        <source>export it with 8 bits per channel</source>
        <translation>expórtala con 8 bits por canal</translation>
    </message>
    <message>
        <source>A %1 keeps its transparency, but this PNG has no alpha channel.</source>
        <translation>Un %1 conserva su transparencia, pero este PNG no tiene canal alfa.</translation>
    </message>
    <message>
        <source>export it as a PNG with transparency (RGBA)</source>
        <translation>expórtalo como PNG con transparencia (RGBA)</translation>
    </message>
    <message>
        <source>The PNG is animated (APNG): the portal shows its first frame only.</source>
        <translation>El PNG está animado (APNG): el portal solo muestra su primer fotograma.</translation>
    </message>
    <message numerus="yes">
        <source>bloated XMP: %1, %n document ancestor(s); will arrive broken</source>
        <translation>
            <numerusform>XMP sobredimensionado: %1, %n ancestro de documento; llegará dañado</numerusform>
            <numerusform>XMP sobredimensionado: %1, %n ancestros de documento; llegará dañado</numerusform>
        </translation>
    </message>
    <message>
        <source>remove it with &quot;artwork-portal-cli strip-xmp&quot; (the pixels stay untouched), or export without metadata</source>
        <translation>quítalo con «artwork-portal-cli strip-xmp» (los píxeles no se tocan) o exporta sin metadatos</translation>
    </message>
    <message>
        <source>A metadata chunk of %1 is over the 8 MB that PNG readers accept (%2).</source>
        <translation>Un bloque de metadatos de %1 supera los 8 MB que aceptan los lectores de PNG (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The XMP is too big for one JPEG segment and is split into %n ExtendedXMP segment(s) that many readers drop (%1).</source>
        <translation>
            <numerusform>El XMP es demasiado grande para un solo segmento JPEG y se reparte en %n segmento ExtendedXMP que muchos lectores descartan (%1).</numerusform>
            <numerusform>El XMP es demasiado grande para un solo segmento JPEG y se reparte en %n segmentos ExtendedXMP que muchos lectores descartan (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of it is metadata (XMP %2, %n document ancestor(s))</source>
        <translation>
            <numerusform>%1 son metadatos (XMP %2, %n ancestro de documento)</numerusform>
            <numerusform>%1 son metadatos (XMP %2, %n ancestros de documento)</numerusform>
        </translation>
    </message>
    <message>
        <source>most of it is image data (%1 × %2 pixels)</source>
        <translation>casi todo son datos de imagen (%1 × %2 píxeles)</translation>
    </message>
    <message>
        <source>The file is %1, over the 8 MB the portal handles well: %2.</source>
        <translation>El archivo ocupa %1, más de los 8 MB que el portal maneja bien: %2.</translation>
    </message>
    <message>
        <source>export it with stronger compression</source>
        <translation>expórtalo con más compresión</translation>
    </message>
    <message numerus="yes">
        <source>The XMP metadata is large: %1, %n document ancestor(s).</source>
        <translation>
            <numerusform>Los metadatos XMP son grandes: %1, %n ancestro de documento.</numerusform>
            <numerusform>Los metadatos XMP son grandes: %1, %n ancestros de documento.</numerusform>
        </translation>
    </message>
    <message>
        <source>clear the document ancestors in the source (File Info) before exporting</source>
        <translation>borra los ancestros de documento en el archivo fuente (Información de archivo) antes de exportar</translation>
    </message>
    <message>
        <source>A %1 is %2 × %3 pixels; this image is %4 × %5.</source>
        <translation>Un %1 mide %2 × %3 píxeles; esta imagen mide %4 × %5.</translation>
    </message>
    <message>
        <source>export it at the size the portal asks for</source>
        <translation>expórtala al tamaño que pide el portal</translation>
    </message>
    <message>
        <source>A %1 has an aspect ratio of %2; this image has %3 (%4 × %5).</source>
        <translation>Un %1 tiene una relación de aspecto de %2; esta imagen tiene %3 (%4 × %5).</translation>
    </message>
    <message>
        <source>crop or export it to the asked aspect ratio</source>
        <translation>recórtala o expórtala con la relación de aspecto pedida</translation>
    </message>
</context>
<context>
    <name>DeliverCommand</name>
    <message>
        <source>The project.</source>
        <translation>El proyecto.</translation>
    </message>
    <message>
        <source>The upload journal (default: in the data folder).</source>
        <translation>El registro de subidas (por defecto, en la carpeta de datos).</translation>
    </message>
    <message>
        <source>Files sent at once (default %1).</source>
        <translation>Archivos enviados a la vez (por defecto, %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>--parallel needs a whole number from 1.</source>
        <translation>--parallel necesita un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>Validates, uploads and delivers files to a project.</source>
        <translation>Valida, sube y entrega archivos a un proyecto.</translation>
    </message>
    <message>
        <source>Files or a folder to deliver.</source>
        <translation>Archivos o una carpeta que entregar.</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli deliver --server URL --project ID FILE...|DIR</source>
        <translation>Uso: artwork-portal-cli deliver --server URL --project ID ARCHIVO...|CARPETA</translation>
    </message>
    <message>
        <source>No file given.</source>
        <translation>No se ha indicado ningún archivo.</translation>
    </message>
    <message>
        <source>No file to deliver.</source>
        <translation>No hay ningún archivo que entregar.</translation>
    </message>
</context>
<context>
    <name>DeliveryRules</name>
    <message>
        <source>&quot;%1&quot; is already delivered and waits for the owner&apos;s review.</source>
        <translation>«%1» ya está entregado y espera la revisión del propietario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already approved.</source>
        <translation>«%1» ya está aprobado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no source linked; upload its PSD or link one by hand.</source>
        <translation>«%1» no tiene ningún archivo fuente vinculado; sube su PSD o vincula uno a mano.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs its textless background; upload it for the same request.</source>
        <translation>«%1» necesita su fondo sin texto; súbelo para la misma solicitud.</translation>
    </message>
    <message>
        <source>The project has no assignee; an agency admin sets one before anything is delivered.</source>
        <translation>El proyecto no tiene responsable asignado; un administrador de la agencia tiene que asignarlo antes de entregar nada.</translation>
    </message>
    <message>
        <source>Select at least one asset to deliver.</source>
        <translation>Selecciona al menos un asset para entregar.</translation>
    </message>
    <message>
        <source>Asset %1 is not part of this project.</source>
        <translation>El asset %1 no forma parte de este proyecto.</translation>
    </message>
</context>
<context>
    <name>DeliveryRun</name>
    <message numerus="yes">
        <source>%1 of %n file(s) on the server and verified.</source>
        <translation>
            <numerusform>%1 de %n archivo en el servidor y verificado.</numerusform>
            <numerusform>%1 de %n archivos en el servidor y verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was delivered.</source>
        <translation>No se ha entregado nada.</translation>
    </message>
    <message>
        <source>%1: already %2, not delivered again.</source>
        <translation>%1: ya en estado %2, no se vuelve a entregar.</translation>
    </message>
    <message>
        <source>No asset to deliver.</source>
        <translation>No hay ningún asset que entregar.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>No se ha entregado: %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n asset(s) (delivery %1):</source>
        <translation>
            <numerusform>Se ha entregado %n asset (entrega %1):</numerusform>
            <numerusform>Se han entregado %n assets (entrega %1):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exiv2Adapter</name>
    <message>
        <source>The XMP metadata does not parse: %1</source>
        <translation>No se pueden analizar los metadatos XMP: %1</translation>
    </message>
    <message>
        <source>the XML is not well-formed XMP</source>
        <translation>el XML no es un XMP bien formado</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The cleaned XMP metadata could not be written.</source>
        <translation>No se han podido escribir los metadatos XMP limpios.</translation>
    </message>
    <message>
        <source>The cleaned XMP metadata could not be written: %1</source>
        <translation>No se han podido escribir los metadatos XMP limpios: %1</translation>
    </message>
</context>
<context>
    <name>FailureClassifier</name>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>No se puede contactar con el servidor (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be resolved (%1).</source>
        <translation>No se puede resolver el nombre del servidor (%1).</translation>
    </message>
    <message>
        <source>The connection timed out (%1).</source>
        <translation>Se ha agotado el tiempo de espera de la conexión (%1).</translation>
    </message>
    <message>
        <source>The connection was lost (%1).</source>
        <translation>Se ha perdido la conexión (%1).</translation>
    </message>
    <message>
        <source>The secure connection could not be set up (%1).</source>
        <translation>No se ha podido establecer la conexión segura (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1).</source>
        <translation>El certificado del servidor no es de confianza (%1).</translation>
    </message>
    <message>
        <source>The server address is not usable (%1).</source>
        <translation>La dirección del servidor no se puede usar (%1).</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>No se ha podido leer el archivo (%1).</translation>
    </message>
    <message>
        <source>The transfer failed (%1).</source>
        <translation>La transferencia ha fallado (%1).</translation>
    </message>
    <message>
        <source>The server holds a different offset; asking it where it stands.</source>
        <translation>El servidor indica otra posición; se le pregunta por dónde va.</translation>
    </message>
    <message>
        <source>The server no longer has this upload (HTTP %1); starting it again.</source>
        <translation>El servidor ya no tiene esta subida (HTTP %1); se empieza de nuevo.</translation>
    </message>
    <message>
        <source>The server refused a part as too large; sending smaller parts.</source>
        <translation>El servidor ha rechazado una parte por ser demasiado grande; se envían partes más pequeñas.</translation>
    </message>
    <message>
        <source>The server found a checksum mismatch; resending that part.</source>
        <translation>El servidor ha detectado una suma de comprobación que no coincide; se reenvía esa parte.</translation>
    </message>
    <message>
        <source>The upload is locked on the server (HTTP 423)%1.</source>
        <translation>La subida está bloqueada en el servidor (HTTP 423)%1.</translation>
    </message>
    <message>
        <source>The server is busy (HTTP %1)%2.</source>
        <translation>El servidor está ocupado (HTTP %1)%2.</translation>
    </message>
    <message>
        <source>The server has no space left (HTTP 507)%1.</source>
        <translation>El servidor no tiene espacio libre (HTTP 507)%1.</translation>
    </message>
    <message>
        <source>The server asks to sign in again (HTTP 401)%1.</source>
        <translation>El servidor pide volver a iniciar sesión (HTTP 401)%1.</translation>
    </message>
    <message>
        <source>The server does not allow this upload (HTTP 403)%1.</source>
        <translation>El servidor no permite esta subida (HTTP 403)%1.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)%2.</source>
        <translation>Error del servidor (HTTP %1)%2.</translation>
    </message>
    <message>
        <source>The server refused the upload (HTTP %1)%2.</source>
        <translation>El servidor ha rechazado la subida (HTTP %1)%2.</translation>
    </message>
    <message numerus="yes">
        <source>No progress for %n second(s); reconnecting.</source>
        <translation>
            <numerusform>Sin avance durante %n segundo; se vuelve a conectar.</numerusform>
            <numerusform>Sin avance durante %n segundos; se vuelve a conectar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer made no sense (%1); asking it again.</source>
        <translation>La respuesta del servidor no tiene sentido (%1); se le vuelve a preguntar.</translation>
    </message>
</context>
<context>
    <name>FeedRules</name>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>asset %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>The studio rejected it.</source>
        <translation>El estudio lo ha rechazado.</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Aprobado: %1</translation>
    </message>
    <message>
        <source>The studio approved it.</source>
        <translation>El estudio lo ha aprobado.</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 te ha mencionado</translation>
    </message>
    <message>
        <source>In the chat of &quot;%1&quot;.</source>
        <translation>En el chat de «%1».</translation>
    </message>
</context>
<context>
    <name>FileCollector</name>
    <message>
        <source>This link points to %1, which does not exist.</source>
        <translation>Este enlace apunta a %1, que no existe.</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>No existe ese archivo ni esa carpeta.</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a socket or a pipe).</source>
        <translation>No es un archivo normal (es un dispositivo, un socket o una tubería).</translation>
    </message>
    <message>
        <source>This file cannot be read: permission denied.</source>
        <translation>No se puede leer este archivo: permiso denegado.</translation>
    </message>
    <message>
        <source>This folder cannot be read: permission denied.</source>
        <translation>No se puede leer esta carpeta: permiso denegado.</translation>
    </message>
    <message>
        <source>The name is not valid text (UTF-8); the portal cannot take it. Rename the file.</source>
        <translation>El nombre no es texto válido (UTF-8); el portal no puede aceptarlo. Cambia el nombre del archivo.</translation>
    </message>
    <message>
        <source>This link points to itself.</source>
        <translation>Este enlace apunta a sí mismo.</translation>
    </message>
    <message>
        <source>The folder that holds this file cannot be read: permission denied.</source>
        <translation>No se puede leer la carpeta que contiene este archivo: permiso denegado.</translation>
    </message>
</context>
<context>
    <name>FileRenamer</name>
    <message>
        <source>&quot;%1&quot; cannot be a file name.</source>
        <translation>«%1» no puede ser un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ya no está.</translation>
    </message>
    <message>
        <source>%1 already exists in %2; nothing was renamed.</source>
        <translation>%1 ya existe en %2; no se ha renombrado nada.</translation>
    </message>
    <message>
        <source>%1 could not be renamed: %2</source>
        <translation>No se ha podido renombrar %1: %2</translation>
    </message>
</context>
<context>
    <name>FormatScanners</name>
    <message>
        <source>An ExtendedXMP segment is too short to be one.</source>
        <translation>Un segmento ExtendedXMP es demasiado corto para serlo.</translation>
    </message>
    <message>
        <source>The JPEG is lossless-coded, which few programs can show.</source>
        <translation>El JPEG está codificado sin pérdida, y pocos programas pueden mostrarlo.</translation>
    </message>
    <message>
        <source>The JPEG has %1-bit samples; only 8-bit JPEGs display everywhere.</source>
        <translation>El JPEG tiene muestras de %1 bits; solo los JPEG de 8 bits se ven en todas partes.</translation>
    </message>
    <message>
        <source>The JPEG declares a zero width or height.</source>
        <translation>El JPEG declara una anchura o una altura de cero.</translation>
    </message>
    <message>
        <source>The JPEG has image data but no frame header.</source>
        <translation>El JPEG tiene datos de imagen pero no tiene cabecera de fotograma.</translation>
    </message>
    <message>
        <source>The JPEG has no end-of-image marker: the file is probably cut short.</source>
        <translation>El JPEG no tiene marcador de fin de imagen: probablemente el archivo está cortado.</translation>
    </message>
    <message>
        <source>The ExtendedXMP pieces do not add up to the length they declare (%1 bytes).</source>
        <translation>Los trozos de ExtendedXMP no suman la longitud que declaran (%1 bytes).</translation>
    </message>
    <message>
        <source>The PNG could not be read to its end.</source>
        <translation>No se ha podido leer el PNG hasta el final.</translation>
    </message>
    <message>
        <source>The PNG chunk %1 at offset %2 fails its CRC check: the file is damaged.</source>
        <translation>El bloque %1 del PNG en la posición %2 no supera su comprobación CRC: el archivo está dañado.</translation>
    </message>
    <message>
        <source>The PNG declares an impossible size (%1 × %2).</source>
        <translation>El PNG declara un tamaño imposible (%1 × %2).</translation>
    </message>
    <message>
        <source>The PNG declares an invalid colour type (%1) or bit depth (%2).</source>
        <translation>El PNG declara un tipo de color (%1) o una profundidad de bits (%2) no válidos.</translation>
    </message>
    <message>
        <source>The PNG declares an unknown compression, filter or interlace method.</source>
        <translation>El PNG declara un método de compresión, de filtro o de entrelazado desconocido.</translation>
    </message>
    <message>
        <source>Some metadata chunks are malformed (%1); readers skip them.</source>
        <translation>Algunos bloques de metadatos están mal formados (%1); los lectores se los saltan.</translation>
    </message>
    <message>
        <source>The PNG has no image data (no IDAT chunk).</source>
        <translation>El PNG no tiene datos de imagen (no hay bloque IDAT).</translation>
    </message>
    <message>
        <source>The Photoshop file ends before its image data.</source>
        <translation>El archivo de Photoshop termina antes de sus datos de imagen.</translation>
    </message>
    <message>
        <source>The Photoshop file ends inside its image data.</source>
        <translation>El archivo de Photoshop termina en medio de sus datos de imagen.</translation>
    </message>
    <message>
        <source>The PSD ends inside its header.</source>
        <translation>El PSD termina en medio de su cabecera.</translation>
    </message>
    <message>
        <source>The Photoshop header makes no sense (version %1, %2 channels, %3 × %4, %5-bit, mode %6).</source>
        <translation>La cabecera de Photoshop no tiene sentido (versión %1, %2 canales, %3 × %4, %5 bits, modo %6).</translation>
    </message>
    <message>
        <source>The Photoshop file ends before its sections do.</source>
        <translation>El archivo de Photoshop termina antes que sus secciones.</translation>
    </message>
    <message>
        <source>A Photoshop image resource overruns its section.</source>
        <translation>Un recurso de imagen de Photoshop se sale de su sección.</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>The JPEG image data ends early: the file is cut short.</source>
        <translation>Los datos de imagen del JPEG terminan antes de tiempo: el archivo está cortado.</translation>
    </message>
    <message>
        <source>The JPEG image data is corrupt (%1 problem(s); first: %2).</source>
        <translation>Los datos de imagen del JPEG están dañados (%1 problema(s); el primero: %2).</translation>
    </message>
    <message>
        <source>The JPEG cannot be decoded: %1.</source>
        <translation>No se puede decodificar el JPEG: %1.</translation>
    </message>
    <message>
        <source>The PNG decoder could not start.</source>
        <translation>No se ha podido iniciar el decodificador de PNG.</translation>
    </message>
    <message>
        <source>The PNG cannot be decoded: %1.</source>
        <translation>No se puede decodificar el PNG: %1.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>El archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>The file is not a JPEG, PNG or Photoshop file.</source>
        <translation>El archivo no es un JPEG, un PNG ni un archivo de Photoshop.</translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels, more than the %3 megapixels this client checks.</source>
        <translation>La imagen declara %1 × %2 píxeles, más de los %3 megapíxeles que comprueba este cliente.</translation>
    </message>
    <message>
        <source>The file does not exist (any more).</source>
        <translation>El archivo no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>No es un archivo normal.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>The file was removed while it was checked.</source>
        <translation>El archivo se ha eliminado mientras se comprobaba.</translation>
    </message>
    <message>
        <source>The file changed while it was checked; check it again once it is saved.</source>
        <translation>El archivo ha cambiado mientras se comprobaba; vuelve a comprobarlo cuando esté guardado.</translation>
    </message>
</context>
<context>
    <name>JpegStructure</name>
    <message>
        <source>The file does not start like a JPEG.</source>
        <translation>El archivo no empieza como un JPEG.</translation>
    </message>
    <message>
        <source>The JPEG has more than %1 marker segments.</source>
        <translation>El JPEG tiene más de %1 segmentos de marcador.</translation>
    </message>
    <message>
        <source>The JPEG ends after %1 bytes, before any image data.</source>
        <translation>El JPEG termina tras %1 bytes, antes de cualquier dato de imagen.</translation>
    </message>
    <message>
        <source>The JPEG has no marker where one must be (offset %1).</source>
        <translation>Falta un marcador donde el JPEG debe tenerlo (posición %1).</translation>
    </message>
    <message>
        <source>The JPEG ends inside a marker (offset %1).</source>
        <translation>El JPEG termina en medio de un marcador (posición %1).</translation>
    </message>
    <message>
        <source>The JPEG has an invalid marker at offset %1.</source>
        <translation>El JPEG tiene un marcador no válido en la posición %1.</translation>
    </message>
    <message>
        <source>The JPEG ends (EOI) before any image data.</source>
        <translation>El JPEG termina (EOI) antes de cualquier dato de imagen.</translation>
    </message>
    <message>
        <source>The JPEG ends inside a segment header (offset %1).</source>
        <translation>El JPEG termina en medio de la cabecera de un segmento (posición %1).</translation>
    </message>
    <message>
        <source>A JPEG segment at offset %1 has an impossible length.</source>
        <translation>Un segmento del JPEG en la posición %1 tiene una longitud imposible.</translation>
    </message>
    <message>
        <source>A JPEG segment at offset %1 declares %2 bytes, more than the file holds.</source>
        <translation>Un segmento del JPEG en la posición %1 declara %2 bytes, más de los que tiene el archivo.</translation>
    </message>
    <message>
        <source>The JPEG could not be read at offset %1.</source>
        <translation>No se ha podido leer el JPEG en la posición %1.</translation>
    </message>
</context>
<context>
    <name>KeychainTokenVault</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>el llavero del sistema no ha respondido</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) runs on this computer</source>
        <translation>no hay ningún servicio de llavero (como GNOME Keyring o KWallet) en este ordenador</translation>
    </message>
    <message>
        <source>the keychain refused access</source>
        <translation>el llavero ha denegado el acceso</translation>
    </message>
    <message>
        <source>no keychain service runs here (there is no desktop session bus)</source>
        <translation>aquí no hay ningún servicio de llavero (no hay bus de sesión de escritorio)</translation>
    </message>
    <message>
        <source>the system keychain failed: %1</source>
        <translation>el llavero del sistema ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>Signs in to a portal and keeps the token for the other verbs.</source>
        <translation>Inicia sesión en un portal y guarda el token para los demás verbos.</translation>
    </message>
    <message>
        <source>Your e-mail address on the portal.</source>
        <translation>Tu dirección de correo electrónico en el portal.</translation>
    </message>
    <message>
        <source>Read the password from standard input (its first line).</source>
        <translation>Lee la contraseña de la entrada estándar (su primera línea).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli login --server URL --email ADDRESS [--password-stdin]</source>
        <translation>Uso: artwork-portal-cli login --server URL --email CORREO [--password-stdin]</translation>
    </message>
    <message>
        <source>--email is required.</source>
        <translation>--email es obligatorio.</translation>
    </message>
    <message>
        <source>login takes no file (the password is never an argument: use --password-stdin).</source>
        <translation>login no admite archivos (la contraseña nunca se pasa como argumento: usa --password-stdin).</translation>
    </message>
    <message>
        <source>No terminal to ask the password on: pipe it in with --password-stdin.</source>
        <translation>No hay ningún terminal en el que pedir la contraseña: pásala por una tubería con --password-stdin.</translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>No se ha indicado ninguna contraseña.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>No se ha iniciado sesión: %1</translation>
    </message>
    <message>
        <source>Signed in, but the token could not be kept: %1</source>
        <translation>Sesión iniciada, pero no se ha podido guardar el token: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 &lt;%3&gt; (%4) until %5.</source>
        <translation>Sesión iniciada en %1 como %2 &lt;%3&gt; (%4) hasta el %5.</translation>
    </message>
    <message>
        <source>Token kept: %1.</source>
        <translation>Token: %1.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Signs out of a portal and forgets the token.</source>
        <translation>Cierra la sesión en un portal y olvida el token.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli logout --server URL</source>
        <translation>Uso: artwork-portal-cli logout --server URL</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>No has iniciado sesión en %1.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>No se ha podido eliminar el token: %1</translation>
    </message>
    <message>
        <source>The token was forgotten here, but the portal could not be told (%1); it stays valid there until it expires.</source>
        <translation>Se ha olvidado el token aquí, pero no se ha podido avisar al portal (%1); allí sigue siendo válido hasta que caduque.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Sesión cerrada en %1.</translation>
    </message>
</context>
<context>
    <name>MakeSamplesCommand</name>
    <message>
        <source>Usage: artwork-portal-cli make-samples DIR</source>
        <translation>Uso: artwork-portal-cli make-samples CARPETA</translation>
    </message>
    <message numerus="yes">
        <source>%n sample file(s) written.</source>
        <translation>
            <numerusform>%n archivo de ejemplo escrito.</numerusform>
            <numerusform>%n archivos de ejemplo escritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a folder of sample artwork named after the demo order: real JPG, PNG and PSD files, a few misnamed on purpose and one bloated with XMP.</source>
        <translation>Escribe una carpeta de material gráfico de ejemplo con los nombres del pedido de demostración: archivos JPG, PNG y PSD reales, algunos mal nombrados a propósito y uno inflado con XMP.</translation>
    </message>
</context>
<context>
    <name>NameMatcher</name>
    <message>
        <source>The name cannot be delivered: %1</source>
        <translation>El nombre no se puede entregar: %1</translation>
    </message>
    <message>
        <source>The name cannot be delivered: %1 Try &quot;%2&quot;.</source>
        <translation>El nombre no se puede entregar: %1 Prueba con «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source file; sources are PSD, PSB, AI or AE files.</source>
        <translation>«%1» no es un archivo fuente; los archivos fuente son archivos PSD, PSB, AI o AE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a source file; it is uploaded as a source, not as an asset.</source>
        <translation>«%1» es un archivo fuente; se sube como archivo fuente, no como asset.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no background; only SDP and boxshot come with a textless background.</source>
        <translation>«%1» no lleva fondo; solo SDP y boxshot van con un fondo sin texto.</translation>
    </message>
    <message>
        <source>The request %1 already holds &quot;%2&quot;; to replace it, drop a file with that exact name.</source>
        <translation>La solicitud %1 ya contiene «%2»; para sustituirlo, suelta un archivo con ese nombre exacto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being reviewed by the project owner; it can be replaced once it is approved or rejected.</source>
        <translation>El propietario del proyecto está revisando «%1»; se podrá sustituir cuando esté aprobado o rechazado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is approved; the request is closed.</source>
        <translation>«%1» está aprobado; la solicitud está cerrada.</translation>
    </message>
    <message>
        <source>This project has no request for %1; the name does not match any request.</source>
        <translation>Este proyecto no tiene ninguna solicitud de %1; el nombre no coincide con ninguna solicitud.</translation>
    </message>
    <message>
        <source> The project has %1.</source>
        <translation> El proyecto tiene %1.</translation>
    </message>
    <message>
        <source>No request of this project is in language &quot;%1&quot; for %2.%3</source>
        <translation>Ninguna solicitud de %2 de este proyecto está en el idioma «%1».%3</translation>
    </message>
    <message>
        <source> The request asks for &quot;%1&quot;.</source>
        <translation> La solicitud pide «%1».</translation>
    </message>
    <message>
        <source>No %1 request of this project has the tone &quot;%2&quot;.%3</source>
        <translation>Ninguna solicitud de %1 de este proyecto tiene el tono «%2».%3</translation>
    </message>
    <message>
        <source>No %1 request of this project has the direction &quot;%2&quot;.%3</source>
        <translation>Ninguna solicitud de %1 de este proyecto tiene la dirección «%2».%3</translation>
    </message>
    <message>
        <source>No %1 request of this project has the number %2.%3</source>
        <translation>Ninguna solicitud de %1 de este proyecto tiene el número %2.%3</translation>
    </message>
    <message>
        <source>The name does not match any request of this project: check the type, tone, number and language after &quot;#&quot; (%1).</source>
        <translation>El nombre no coincide con ninguna solicitud de este proyecto: revisa el tipo, el tono, el número y el idioma detrás de «#» (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was dropped on the row %2, but its name belongs to the row %3; drop it there or on the drop zone.</source>
        <translation>«%1» se ha soltado en la fila %2, pero su nombre corresponde a la fila %3; suéltalo allí o en la zona para soltar archivos.</translation>
    </message>
</context>
<context>
    <name>NameParser</name>
    <message>
        <source>The name has more than one &quot;#&quot;; exactly one must separate the free part from the request.</source>
        <translation>El nombre tiene más de un «#»; debe haber exactamente uno entre la parte libre y la solicitud.</translation>
    </message>
    <message>
        <source>remove the extra &quot;#&quot;</source>
        <translation>quita el «#» sobrante</translation>
    </message>
    <message>
        <source>write &quot;_&quot; instead of this &quot;#&quot;</source>
        <translation>escribe «_» en lugar de este «#»</translation>
    </message>
    <message>
        <source>The name has no &quot;#&quot; before the asset type.</source>
        <translation>Falta el «#» delante del tipo de asset.</translation>
    </message>
    <message>
        <source>write &quot;#&quot; instead of &quot;_&quot; before the type</source>
        <translation>escribe «#» en lugar de «_» delante del tipo</translation>
    </message>
    <message>
        <source>put &quot;#&quot; before the type</source>
        <translation>pon «#» delante del tipo</translation>
    </message>
    <message>
        <source>The name has no &quot;#&quot; and no asset type; copy the request&apos;s name from the order and add the extension.</source>
        <translation>El nombre no tiene «#» ni tipo de asset; copia el nombre de la solicitud del pedido y añade la extensión.</translation>
    </message>
    <message>
        <source>The name has two extensions (&quot;.%1&quot; and another); keep only the real one.</source>
        <translation>El nombre tiene dos extensiones («.%1» y otra); deja solo la verdadera.</translation>
    </message>
    <message>
        <source>remove &quot;.%1&quot;</source>
        <translation>quita «.%1»</translation>
    </message>
    <message>
        <source>The part before &quot;#&quot; is empty; the title there helps everyone find the file.</source>
        <translation>La parte anterior a «#» está vacía; poner ahí el título ayuda a todos a encontrar el archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a recommendation ID.</source>
        <translation>«%1» parece un ID de recomendación.</translation>
    </message>
    <message>
        <source>An empty recommendation ID: &quot;|&quot; must stand between two IDs.</source>
        <translation>Un ID de recomendación vacío: «|» debe ir entre dos ID.</translation>
    </message>
    <message>
        <source>remove the extra &quot;|&quot;</source>
        <translation>quita el «|» sobrante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recommendation ID: an ID has 10 letters or digits.</source>
        <translation>«%1» no es un ID de recomendación: un ID tiene 10 letras o cifras.</translation>
    </message>
    <message>
        <source>Nothing follows &quot;#&quot;; the request part (type, tone, sequence, language) is missing.</source>
        <translation>No hay nada detrás de «#»; falta la parte de la solicitud (tipo, tono, secuencia, idioma).</translation>
    </message>
    <message>
        <source>Two &quot;_&quot; in a row, or a &quot;_&quot; at an end of the request part.</source>
        <translation>Dos «_» seguidos, o un «_» en un extremo de la parte de la solicitud.</translation>
    </message>
    <message>
        <source>remove the extra &quot;_&quot;</source>
        <translation>quita el «_» sobrante</translation>
    </message>
    <message>
        <source>The asset type is spelled &quot;%1&quot;.</source>
        <translation>El tipo de asset se escribe «%1».</translation>
    </message>
    <message>
        <source>write &quot;%1&quot;</source>
        <translation>escribe «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset type; did you mean &quot;%2&quot;?</source>
        <translation>«%1» no es un tipo de asset; ¿querías decir «%2»?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset type of the catalog.</source>
        <translation>«%1» no es un tipo de asset del catálogo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tone.</source>
        <translation>«%1» no es un tono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tone; &quot;%2&quot; takes &quot;%3&quot;.</source>
        <translation>«%1» no es un tono; «%2» lleva «%3».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tone; did you mean &quot;%2&quot;?</source>
        <translation>«%1» no es un tono; ¿querías decir «%2»?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no place in the request part (type_tone[_direction]_sequence_language).</source>
        <translation>«%1» no tiene cabida en la parte de la solicitud (tipo_tono[_dirección]_secuencia_idioma).</translation>
    </message>
    <message>
        <source>remove &quot;%1&quot;</source>
        <translation>quita «%1»</translation>
    </message>
    <message>
        <source>The tone is missing; &quot;%1&quot; takes &quot;%2&quot;.</source>
        <translation>Falta el tono; «%1» lleva «%2».</translation>
    </message>
    <message>
        <source>add &quot;_%1&quot; after the type</source>
        <translation>añade «_%1» detrás del tipo</translation>
    </message>
    <message>
        <source>The tone is missing: write light or dark after the type.</source>
        <translation>Falta el tono: escribe light o dark detrás del tipo.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes the tone %2, not &quot;%3&quot;.</source>
        <translation>«%1» lleva el tono %2, no «%3».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs its direction after the tone: ltr (left to right) or rtl (right to left).</source>
        <translation>«%1» necesita la dirección detrás del tono: ltr (de izquierda a derecha) o rtl (de derecha a izquierda).</translation>
    </message>
    <message>
        <source>Only billboards take a direction; &quot;%1&quot; does not.</source>
        <translation>Solo los billboards llevan dirección; «%1» no.</translation>
    </message>
    <message>
        <source>The two-digit sequence number (01, 02, …) is missing.</source>
        <translation>Falta el número de secuencia de dos cifras (01, 02, …).</translation>
    </message>
    <message>
        <source>The sequence is exactly two digits, 00 to 99; &quot;%1&quot; is not.</source>
        <translation>La secuencia tiene exactamente dos cifras, de 00 a 99; «%1» no.</translation>
    </message>
    <message>
        <source>The language code is missing; &quot;%1&quot; has no language and ends with &quot;zxx&quot;.</source>
        <translation>Falta el código de idioma; «%1» no tiene idioma y termina en «zxx».</translation>
    </message>
    <message>
        <source>add &quot;_zxx&quot; at the end</source>
        <translation>añade «_zxx» al final</translation>
    </message>
    <message>
        <source>The language code of the artwork is missing at the end, like es or pt-BR.</source>
        <translation>Falta al final el código de idioma del material, como es o pt-BR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code: %2.</source>
        <translation>«%1» no es un código de idioma: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is made for one language: end the name with its code, like es or pt-BR, not zxx.</source>
        <translation>«%1» se hace para un idioma: termina el nombre con su código, como es o pt-BR, no con zxx.</translation>
    </message>
    <message>
        <source>Write &quot;zxx&quot; in lowercase.</source>
        <translation>Escribe «zxx» en minúsculas.</translation>
    </message>
    <message>
        <source>write &quot;zxx&quot;</source>
        <translation>escribe «zxx»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no language: it ends with &quot;zxx&quot;, not &quot;%2&quot;.</source>
        <translation>«%1» no tiene idioma: termina en «zxx», no en «%2».</translation>
    </message>
    <message>
        <source>Write the language code as &quot;%1&quot;.</source>
        <translation>Escribe el código de idioma así: «%1».</translation>
    </message>
    <message>
        <source>The direction goes right after the tone: type_tone_direction_sequence_language.</source>
        <translation>La dirección va justo detrás del tono: tipo_tono_dirección_secuencia_idioma.</translation>
    </message>
    <message>
        <source>The parts after &quot;#&quot; are out of order; the order is type_tone[_direction]_sequence_language.</source>
        <translation>Las partes detrás de «#» están desordenadas; el orden es tipo_tono[_dirección]_secuencia_idioma.</translation>
    </message>
    <message>
        <source>The name has no extension; the portal takes .jpg, .png and source files (.psd, .psb, .ai, .aep).</source>
        <translation>El nombre no tiene extensión; el portal acepta .jpg, .png y archivos fuente (.psd, .psb, .ai, .aep).</translation>
    </message>
    <message>
        <source>&quot;.%1&quot; is taken as &quot;.%2&quot;.</source>
        <translation>«.%1» se toma como «.%2».</translation>
    </message>
    <message>
        <source>write &quot;.%1&quot;</source>
        <translation>escribe «.%1»</translation>
    </message>
    <message>
        <source>&quot;.%1&quot; files cannot be delivered; the portal takes .jpg, .png and source files (.psd, .psb, .ai, .aep).</source>
        <translation>Los archivos «.%1» no se pueden entregar; el portal acepta .jpg, .png y archivos fuente (.psd, .psb, .ai, .aep).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is delivered as %2, because it needs transparency; export it again as %2.</source>
        <translation>«%1» se entrega como %2 porque necesita transparencia; vuelve a exportarlo como %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is delivered as %2; &quot;.%3&quot; is not one of them.</source>
        <translation>«%1» se entrega como %2; «.%3» no es uno de ellos.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>The name is %1 bytes long; file systems allow at most %2.</source>
        <translation>El nombre ocupa %1 bytes; los sistemas de archivos admiten como mucho %2.</translation>
    </message>
    <message>
        <source>The name contains bytes that are not valid text (UTF-8); rename the file.</source>
        <translation>El nombre contiene bytes que no son texto válido (UTF-8); cambia el nombre del archivo.</translation>
    </message>
    <message>
        <source>The name contains a space; the portal refuses names with spaces.</source>
        <translation>El nombre contiene un espacio; el portal rechaza los nombres con espacios.</translation>
    </message>
    <message>
        <source>write &quot;_&quot; instead of the space</source>
        <translation>escribe «_» en lugar del espacio</translation>
    </message>
    <message>
        <source>remove the space</source>
        <translation>quita el espacio</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation>quítalo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in file names.</source>
        <translation>«%1» no está permitido en los nombres de archivo.</translation>
    </message>
    <message>
        <source>The name ends with a dot.</source>
        <translation>El nombre termina en punto.</translation>
    </message>
    <message>
        <source>remove the trailing dot</source>
        <translation>quita el punto final</translation>
    </message>
    <message>
        <source>Windows reserves this name for a device; choose another name.</source>
        <translation>Windows reserva este nombre para un dispositivo; elige otro nombre.</translation>
    </message>
    <message>
        <source>write &quot;#&quot; instead of &quot;-&quot; before the type</source>
        <translation>escribe «#» en lugar de «-» delante del tipo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands between the language code and the extension.</source>
        <translation>«%1» está entre el código de idioma y la extensión.</translation>
    </message>
    <message>
        <source>&quot;|&quot; only joins recommendation IDs at the very end of the free part, right before &quot;#&quot;.</source>
        <translation>«|» solo une ID de recomendación al final de la parte libre, justo antes de «#».</translation>
    </message>
    <message>
        <source>remove this &quot;|&quot;</source>
        <translation>quita este «|»</translation>
    </message>
    <message>
        <source>Write the asset type in lowercase: &quot;%1&quot;.</source>
        <translation>Escribe el tipo de asset en minúsculas: «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a second tone; a name has one.</source>
        <translation>«%1» es un segundo tono; un nombre lleva solo uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a second direction; a name has one.</source>
        <translation>«%1» es una segunda dirección; un nombre lleva solo una.</translation>
    </message>
    <message>
        <source>Write the tone in lowercase: &quot;%1&quot;.</source>
        <translation>Escribe el tono en minúsculas: «%1».</translation>
    </message>
    <message>
        <source>Write the direction in lowercase: &quot;%1&quot;.</source>
        <translation>Escribe la dirección en minúsculas: «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known language code; use one like es, en or pt-BR.</source>
        <translation>«%1» no es un código de idioma conocido; usa uno como es, en o pt-BR.</translation>
    </message>
    <message>
        <source>The name contains an invisible character (a control, zero-width or direction mark).</source>
        <translation>El nombre contiene un carácter invisible (de control, de anchura cero o una marca de dirección).</translation>
    </message>
    <message>
        <source>The name contains %1 spaces; the portal refuses names with spaces.</source>
        <translation>El nombre contiene %1 espacios; el portal rechaza los nombres con espacios.</translation>
    </message>
    <message>
        <source>write &quot;_&quot; between words and remove the other spaces</source>
        <translation>escribe «_» entre palabras y quita los demás espacios</translation>
    </message>
    <message>
        <source>&quot;%1&quot; only looks like &quot;%2&quot;: the portal reads other characters; write the plain ones.</source>
        <translation>«%1» solo se parece a «%2»: el portal lee otros caracteres; escribe los normales.</translation>
    </message>
</context>
<context>
    <name>OrderRules</name>
    <message>
        <source>&quot;%1&quot; is not a request key (type_tone[_direction]_number_language). %2</source>
        <translation>«%1» no es una clave de solicitud (tipo_tono[_dirección]_número_idioma). %2</translation>
    </message>
    <message>
        <source>The project already has the request %1.</source>
        <translation>El proyecto ya tiene la solicitud %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset type of the catalog.</source>
        <translation>«%1» no es un tipo de asset del catálogo.</translation>
    </message>
    <message>
        <source>%1 has no free number left (01 to 99).</source>
        <translation>%1 ya no tiene ningún número libre (de 01 a 99).</translation>
    </message>
    <message>
        <source>Request %1 is not part of this project.</source>
        <translation>La solicitud %1 no forma parte de este proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>The order needs at least %n %1 line item(s); ask the project owner before delivering fewer.</source>
        <translation>
            <numerusform>El pedido necesita al menos %n línea de %1; consulta al propietario del proyecto antes de entregar menos.</numerusform>
            <numerusform>El pedido necesita al menos %n líneas de %1; consulta al propietario del proyecto antes de entregar menos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is delivered; it cannot be removed.</source>
        <translation>%1 contiene «%2», que ya está entregado; no se puede quitar.</translation>
    </message>
</context>
<context>
    <name>PngStructure</name>
    <message>
        <source>The file does not start like a PNG.</source>
        <translation>El archivo no empieza como un PNG.</translation>
    </message>
    <message>
        <source>the first byte lost its high bit, as after a 7-bit transfer</source>
        <translation>el primer byte ha perdido su bit alto, como tras una transferencia de 7 bits</translation>
    </message>
    <message>
        <source>line endings were converted, as after a text-mode transfer</source>
        <translation>se han convertido los saltos de línea, como tras una transferencia en modo texto</translation>
    </message>
    <message>
        <source>byte %1 was changed</source>
        <translation>se ha cambiado el byte %1</translation>
    </message>
    <message>
        <source>The PNG signature is damaged: %1.</source>
        <translation>La firma del PNG está dañada: %1.</translation>
    </message>
    <message>
        <source>The PNG has more than %1 chunks.</source>
        <translation>El PNG tiene más de %1 bloques.</translation>
    </message>
    <message>
        <source>The PNG ends without its IEND chunk (cut short).</source>
        <translation>El PNG termina sin su bloque IEND (está cortado).</translation>
    </message>
    <message>
        <source>The PNG ends inside a chunk header (offset %1).</source>
        <translation>El PNG termina en medio de la cabecera de un bloque (posición %1).</translation>
    </message>
    <message>
        <source>The PNG has an invalid chunk at offset %1.</source>
        <translation>El PNG tiene un bloque no válido en la posición %1.</translation>
    </message>
    <message>
        <source>The PNG chunk %1 at offset %2 has an invalid length.</source>
        <translation>El bloque %1 del PNG en la posición %2 tiene una longitud no válida.</translation>
    </message>
    <message>
        <source>The PNG does not begin with a valid IHDR chunk.</source>
        <translation>El PNG no empieza con un bloque IHDR válido.</translation>
    </message>
    <message>
        <source>The PNG chunk %1 at offset %2 declares %3 bytes but only %4 remain: the file is cut short.</source>
        <translation>El bloque %1 del PNG en la posición %2 declara %3 bytes, pero solo quedan %4: el archivo está cortado.</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the address of the portal, such as portal.studio.com.</source>
        <translation>Escribe la dirección del portal, por ejemplo portal.studio.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
    <message>
        <source>The portal&apos;s address must start with https:// (it starts with %1://).</source>
        <translation>La dirección del portal debe empezar por https:// (empieza por %1://).</translation>
    </message>
    <message>
        <source>Leave the user name out of the address; enter it as the e-mail below.</source>
        <translation>No pongas el usuario en la dirección; escríbelo abajo como correo electrónico.</translation>
    </message>
</context>
<context>
    <name>PortalClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a portal address (write https://host or http://host:port).</source>
        <translation>«%1» no es una dirección de portal (escribe https://host o http://host:port).</translation>
    </message>
    <message>
        <source>libcurl could not start a request.</source>
        <translation>libcurl no ha podido iniciar una petición.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB: it is not the portal&apos;s.</source>
        <translation>La respuesta del servidor ocupa más de %1 MiB: no es la del portal.</translation>
    </message>
    <message>
        <source>The portal %1 did not answer in time (%2).</source>
        <translation>El portal %1 no ha respondido a tiempo (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2).</source>
        <translation>No se ha podido verificar la conexión segura con %1 (%2).</translation>
    </message>
    <message>
        <source>The portal %1 could not be reached (%2).</source>
        <translation>No se ha podido contactar con el portal %1 (%2).</translation>
    </message>
    <message>
        <source>The server answered %1 without saying why; it may not be a portal, or a proxy is in the way.</source>
        <translation>El servidor ha respondido %1 sin indicar el motivo; puede que no sea un portal o que haya un proxy por medio.</translation>
    </message>
    <message>
        <source>The server answered %1, which the portal never does; check the address.</source>
        <translation>El servidor ha respondido %1, algo que el portal nunca hace; revisa la dirección.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not the portal&apos;s JSON (%1); check the address.</source>
        <translation>La respuesta del servidor no es el JSON del portal (%1); revisa la dirección.</translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 is not the one the portal registered).</source>
        <translation>El archivo ha llegado dañado (su SHA-256 no es el que registró el portal).</translation>
    </message>
    <message>
        <source>The portal&apos;s thumbnail is not a PNG image.</source>
        <translation>La miniatura del portal no es una imagen PNG.</translation>
    </message>
</context>
<context>
    <name>PortalOptions</name>
    <message>
        <source>The portal&apos;s address, e.g. https://portal.example.</source>
        <translation>La dirección del portal; por ejemplo, https://portal.example.</translation>
    </message>
    <message>
        <source>A proxy (default: the settings&apos;, else the environment&apos;s).</source>
        <translation>Un proxy (por defecto, el de la configuración o, si no hay, el del entorno).</translation>
    </message>
    <message>
        <source>Trust this CA bundle instead of the system&apos;s.</source>
        <translation>Confía en este paquete de CA en lugar de en el del sistema.</translation>
    </message>
    <message>
        <source>--server is required.</source>
        <translation>--server es obligatorio.</translation>
    </message>
    <message>
        <source>--server needs an http(s) address, e.g. https://portal.example.</source>
        <translation>--server necesita una dirección http(s); por ejemplo, https://portal.example.</translation>
    </message>
    <message>
        <source>Not signed in to %1: run &apos;artwork-portal-cli login --server %1 --email ADDRESS&apos; (or set APD_TOKEN).</source>
        <translation>No has iniciado sesión en %1: ejecuta &apos;artwork-portal-cli login --server %1 --email CORREO&apos; (o define APD_TOKEN).</translation>
    </message>
    <message>
        <source>--project is required.</source>
        <translation>--project es obligatorio.</translation>
    </message>
    <message>
        <source>--project needs a project id (a whole number), not &quot;%1&quot;.</source>
        <translation>--project necesita un ID de proyecto (un número entero), no «%1».</translation>
    </message>
</context>
<context>
    <name>ProjectCache</name>
    <message>
        <source>Nothing of this portal is kept on this computer yet.</source>
        <translation>Este ordenador todavía no guarda nada de este portal.</translation>
    </message>
    <message>
        <source>The copy kept on this computer is damaged: %1</source>
        <translation>La copia guardada en este ordenador está dañada: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Demo portal on this computer · sample artwork in %1</source>
        <translation>Portal de demostración en este ordenador · material gráfico de ejemplo en %1</translation>
    </message>
</context>
<context>
    <name>RedeliverCommand</name>
    <message>
        <source>Uploads and delivers again the fixed files of rejected assets.</source>
        <translation>Sube y vuelve a entregar los archivos corregidos de assets rechazados.</translation>
    </message>
    <message>
        <source>Print the plan; send nothing.</source>
        <translation>Imprime el plan; no envía nada.</translation>
    </message>
    <message>
        <source>Send nothing if one matching file fails validation or upload.</source>
        <translation>No envía nada si algún archivo coincidente no supera la validación o la subida.</translation>
    </message>
    <message>
        <source>The folder with the fixed files.</source>
        <translation>La carpeta con los archivos corregidos.</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli redeliver --server URL --project ID DIR [--dry-run] [--all-or-nothing]</source>
        <translation>Uso: artwork-portal-cli redeliver --server URL --project ID CARPETA [--dry-run] [--all-or-nothing]</translation>
    </message>
    <message>
        <source>Give one folder.</source>
        <translation>Indica una carpeta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>«%1» no es una carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 &quot;%2&quot;: %n rejected asset(s).</source>
        <translation>
            <numerusform>Proyecto %1 «%2»: %n asset rechazado.</numerusform>
            <numerusform>Proyecto %1 «%2»: %n assets rechazados.</numerusform>
        </translation>
    </message>
    <message>
        <source>  skip     %1 (%2, not rejected)</source>
        <translation>  omitir   %1 (%2, no rechazado)</translation>
    </message>
    <message>
        <source>  skip     %1 (misnamed: did you mean &quot;%2&quot;? rename it to redeliver)</source>
        <translation>  omitir   %1 (mal nombrado: ¿querías decir «%2»? cámbiale el nombre para volver a entregarlo)</translation>
    </message>
    <message>
        <source>  skip     %1 (misnamed, and no rejected asset of that name)</source>
        <translation>  omitir   %1 (mal nombrado, y no hay ningún asset rechazado con ese nombre)</translation>
    </message>
    <message>
        <source>  skip     %1 (no rejected asset of that name)</source>
        <translation>  omitir   %1 (no hay ningún asset rechazado con ese nombre)</translation>
    </message>
    <message>
        <source> (rejected: &quot;%1&quot;)</source>
        <translation> (rechazado: «%1»)</translation>
    </message>
    <message>
        <source>  invalid  %1: not sent</source>
        <translation>  inválido %1: no se envía</translation>
    </message>
    <message>
        <source>  replace  %1  v%2 -&gt; v%3%4</source>
        <translation>  cambiar  %1  v%2 -&gt; v%3%4</translation>
    </message>
    <message>
        <source>  missing  %1 (rejected; no valid file of that name in the folder)</source>
        <translation>  falta    %1 (rechazado; no hay ningún archivo válido con ese nombre en la carpeta)</translation>
    </message>
    <message numerus="yes">
        <source>%n matching file(s) not valid: nothing was sent (--all-or-nothing).</source>
        <translation>
            <numerusform>%n archivo coincidente no válido: no se ha enviado nada (--all-or-nothing).</numerusform>
            <numerusform>%n archivos coincidentes no válidos: no se ha enviado nada (--all-or-nothing).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n file(s) would be uploaded and delivered again; nothing was sent.</source>
        <translation>
            <numerusform>Simulación: se subiría y volvería a entregar %n archivo; no se ha enviado nada.</numerusform>
            <numerusform>Simulación: se subirían y volverían a entregar %n archivos; no se ha enviado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to redeliver.</source>
        <translation>No hay nada que volver a entregar.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>&quot;%1&quot; is already on the portal (version %2). Replace it with the dropped file, which becomes version %3, or skip the dropped file?</source>
        <translation>«%1» ya está en el portal (versión %2). ¿Sustituirlo por el archivo soltado, que pasa a ser la versión %3, u omitir el archivo soltado?</translation>
    </message>
    <message>
        <source>Replace or skip</source>
        <translation>Sustituir u omitir</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other file(s) of this drop</source>
        <translation>
            <numerusform>Hacer lo mismo con el otro archivo soltado</numerusform>
            <numerusform>Hacer lo mismo con los otros %n archivos soltados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>FAIL</source>
        <translation>MAL</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>BIEN</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>arreglo: %1</translation>
    </message>
    <message>
        <source>suggested name: %1</source>
        <translation>nombre sugerido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n archivo comprobado</numerusform>
            <numerusform>%n archivos comprobados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n válido</numerusform>
            <numerusform>%n válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n con errores</numerusform>
            <numerusform>%n con errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n con avisos</numerusform>
            <numerusform>%n con avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden or system file(s) skipped</source>
        <translation>
            <numerusform>%n archivo oculto o de sistema omitido</numerusform>
            <numerusform>%n archivos ocultos o de sistema omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-folder(s) not entered (use --recursive)</source>
        <translation>
            <numerusform>%n subcarpeta sin recorrer (usa --recursive)</numerusform>
            <numerusform>%n subcarpetas sin recorrer (usa --recursive)</numerusform>
        </translation>
    </message>
    <message>
        <source>, alpha</source>
        <translation>, alfa</translation>
    </message>
    <message>
        <source>, progressive</source>
        <translation>, progresivo</translation>
    </message>
    <message>
        <source>, arithmetic-coded</source>
        <translation>, codificación aritmética</translation>
    </message>
    <message>
        <source>, Adobe transform %1</source>
        <translation>, transformación Adobe %1</translation>
    </message>
    <message>
        <source>, sRGB</source>
        <translation>, sRGB</translation>
    </message>
    <message>
        <source>, animated</source>
        <translation>, animado</translation>
    </message>
    <message>
        <source>, interlaced</source>
        <translation>, entrelazado</translation>
    </message>
    <message numerus="yes">
        <source>, %n layer(s)</source>
        <translation>
            <numerusform>, %n capa</numerusform>
            <numerusform>, %n capas</numerusform>
        </translation>
    </message>
    <message>
        <source>, ICC</source>
        <translation>, ICC</translation>
    </message>
    <message>
        <source>, ICC &quot;%1&quot;</source>
        <translation>, ICC «%1»</translation>
    </message>
    <message numerus="yes">
        <source>, XMP %1 (%n document ancestor(s))</source>
        <translation>
            <numerusform>, XMP %1 (%n ancestro de documento)</numerusform>
            <numerusform>, XMP %1 (%n ancestros de documento)</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, decoded OK</source>
        <translation>, decodificado sin errores</translation>
    </message>
    <message>
        <source>, not decoded</source>
        <translation>, sin decodificar</translation>
    </message>
</context>
<context>
    <name>RoleRules</name>
    <message>
        <source>Your role on the portal is not known while offline; only an agency admin sets the assignee and the collaborators.</source>
        <translation>Sin conexión no se sabe tu rol en el portal; solo un administrador de la agencia elige la persona asignada y los colaboradores.</translation>
    </message>
    <message>
        <source>Only your agency&apos;s admin sets the assignee and the collaborators.</source>
        <translation>Solo el administrador de tu agencia elige la persona asignada y los colaboradores.</translation>
    </message>
    <message>
        <source>Your role on the portal is not known while offline; only an agency admin asks for access for team members.</source>
        <translation>Sin conexión no se sabe tu rol en el portal; solo un administrador de la agencia solicita acceso para los miembros del equipo.</translation>
    </message>
    <message>
        <source>Only your agency&apos;s admin asks for access for team members; ask them to do it.</source>
        <translation>Solo el administrador de tu agencia solicita acceso para los miembros del equipo; pídeselo.</translation>
    </message>
</context>
<context>
    <name>SampleFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Project %1 &quot;%2&quot; (%3), owner %4</source>
        <translation>Proyecto %1 «%2» (%3), responsable del proyecto: %4</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Persona asignada: %1</translation>
    </message>
    <message>
        <source>Assignee: none (an agency admin sets one before anything can be delivered)</source>
        <translation>Persona asignada: ninguna (un administrador de la agencia tiene que asignarla antes de poder entregar nada)</translation>
    </message>
    <message>
        <source>%1 line item(s), %2 asset(s): %3 in review, %4 approved, %5 rejected</source>
        <translation>%1 línea(s) del pedido, %2 asset(s): %3 en revisión, %4 aprobado(s), %5 rechazado(s)</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>aún sin archivo</translation>
    </message>
    <message>
        <source> (added by the agency)</source>
        <translation> (añadida por la agencia)</translation>
    </message>
    <message>
        <source>  (ready to deliver)</source>
        <translation>  (listo para entregar)</translation>
    </message>
    <message>
        <source>  (upload a fixed file under the same name, then deliver it again)</source>
        <translation>  (sube un archivo corregido con el mismo nombre y vuelve a entregarlo)</translation>
    </message>
    <message>
        <source>%1 by the owner</source>
        <translation>Veredicto del responsable del proyecto: %1</translation>
    </message>
    <message>
        <source>%1 by the owner: &quot;%2&quot;</source>
        <translation>Veredicto del responsable del proyecto: %1 («%2»)</translation>
    </message>
    <message>
        <source>cannot deliver yet [%1]: %2</source>
        <translation>aún no se puede entregar [%1]: %2</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Archivos fuente:</translation>
    </message>
    <message>
        <source>  (linked to nothing)</source>
        <translation>  (sin vincular)</translation>
    </message>
    <message numerus="yes">
        <source>  (linked to %n asset(s))</source>
        <translation>
            <numerusform>  (vinculado a %n asset)</numerusform>
            <numerusform>  (vinculado a %n assets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backgrounds:</source>
        <translation>Fondos:</translation>
    </message>
    <message>
        <source>Shows a project&apos;s order: states, verdicts, and what stops a delivery.</source>
        <translation>Muestra el pedido de un proyecto: estados, veredictos y qué impide una entrega.</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>El proyecto.</translation>
    </message>
    <message>
        <source>Write JSON for scripts.</source>
        <translation>Escribe JSON para scripts.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli status --server URL --project ID [--json]</source>
        <translation>Uso: artwork-portal-cli status --server URL --project ID [--json]</translation>
    </message>
    <message>
        <source>status takes no file.</source>
        <translation>status no admite archivos.</translation>
    </message>
</context>
<context>
    <name>StripXmpCommand</name>
    <message>
        <source>Removes XMP metadata bloat from JPEG and PNG files without touching a pixel or the ICC profile.</source>
        <translation>Quita el exceso de metadatos XMP de archivos JPEG y PNG sin tocar ni un píxel ni el perfil ICC.</translation>
    </message>
    <message>
        <source>Remove only document ancestors and Pantry copies; keep the rest of the XMP.</source>
        <translation>Quita solo los ancestros de documento y las copias de Pantry; conserva el resto del XMP.</translation>
    </message>
    <message>
        <source>Replace each file (once the new one is verified).</source>
        <translation>Sustituye cada archivo (una vez verificado el nuevo).</translation>
    </message>
    <message>
        <source>Write the repaired files into DIR.</source>
        <translation>Escribe los archivos reparados en DIR.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>JPEG or PNG files to repair.</source>
        <translation>Archivos JPEG o PNG que reparar.</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli strip-xmp [--ancestors-only] (--in-place | --output DIR) FILE...</source>
        <translation>Uso: artwork-portal-cli strip-xmp [--ancestors-only] (--in-place | --output CARPETA) ARCHIVO...</translation>
    </message>
    <message>
        <source>No file given.</source>
        <translation>No se ha indicado ningún archivo.</translation>
    </message>
    <message>
        <source>Give either --in-place or --output DIR.</source>
        <translation>Indica --in-place o bien --output CARPETA.</translation>
    </message>
    <message>
        <source>The output folder &quot;%1&quot; does not exist.</source>
        <translation>La carpeta de salida «%1» no existe.</translation>
    </message>
    <message>
        <source>not repaired: %1 [%2] %3</source>
        <translation>sin reparar: %1 [%2] %3</translation>
    </message>
    <message>
        <source>clean: %1 (no XMP)</source>
        <translation>limpio: %1 (sin XMP)</translation>
    </message>
    <message numerus="yes">
        <source>repaired: %1 -&gt; %2: %3 -&gt; %4 (XMP %5 -&gt; %6, %n document ancestor(s) before)</source>
        <translation>
            <numerusform>reparado: %1 -&gt; %2: %3 -&gt; %4 (XMP %5 -&gt; %6, antes %n ancestro de documento)</numerusform>
            <numerusform>reparado: %1 -&gt; %2: %3 -&gt; %4 (XMP %5 -&gt; %6, antes %n ancestros de documento)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>A thumbnail needs a size of at least one pixel.</source>
        <translation>Una miniatura necesita un tamaño de al menos un píxel.</translation>
    </message>
    <message>
        <source>Thumbnails are made of JPEG and PNG files only.</source>
        <translation>Solo se hacen miniaturas de archivos JPEG y PNG.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>kept in the system keychain</source>
        <translation>guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>the keychain refused (%1); kept in %2 (readable only by you)</source>
        <translation>el llavero lo ha rechazado (%1); guardado en %2 (solo tú puedes leerlo)</translation>
    </message>
    <message>
        <source>no keychain here; kept in %1 (readable only by you)</source>
        <translation>no hay llavero; guardado en %1 (solo tú puedes leerlo)</translation>
    </message>
    <message>
        <source>from the system keychain</source>
        <translation>del llavero del sistema</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>%1 is not a credentials file.</source>
        <translation>%1 no es un archivo de credenciales.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
</context>
<context>
    <name>TransferEngine</name>
    <message>
        <source>Already in the queue.</source>
        <translation>Ya está en la cola.</translation>
    </message>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation>No se ha podido inicializar libcurl.</translation>
    </message>
    <message>
        <source>The upload journal cannot be opened: %1</source>
        <translation>No se puede abrir el registro de subidas: %1</translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>Uploads files to a project, resumably.</source>
        <translation>Sube archivos a un proyecto, con reanudación.</translation>
    </message>
    <message>
        <source>The project the files are for.</source>
        <translation>El proyecto al que van los archivos.</translation>
    </message>
    <message>
        <source>Files sent at once (default %1).</source>
        <translation>Archivos enviados a la vez (por defecto, %1).</translation>
    </message>
    <message>
        <source>Bytes per request (default: one request).</source>
        <translation>Bytes por petición (por defecto, una sola petición).</translation>
    </message>
    <message>
        <source>Bytes per second for all files together.</source>
        <translation>Bytes por segundo para todos los archivos juntos.</translation>
    </message>
    <message>
        <source>Seconds without progress before reconnecting.</source>
        <translation>Segundos sin avance antes de volver a conectar.</translation>
    </message>
    <message>
        <source>The upload journal (default: in the data folder).</source>
        <translation>El registro de subidas (por defecto, en la carpeta de datos).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Files to upload.</source>
        <translation>Archivos que subir.</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli upload --server URL --project ID [--parallel N] FILE...</source>
        <translation>Uso: artwork-portal-cli upload --server URL --project ID [--parallel N] ARCHIVO...</translation>
    </message>
    <message>
        <source>--project is required.</source>
        <translation>--project es obligatorio.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 necesita un número entero.</translation>
    </message>
    <message>
        <source>No file given.</source>
        <translation>No se ha indicado ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) on the server and verified.</source>
        <translation>
            <numerusform>%1 de %n archivo en el servidor y verificado.</numerusform>
            <numerusform>%1 de %n archivos en el servidor y verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload (tus) address, if not SERVER/v1/uploads.</source>
        <translation>La dirección de subida (tus), si no es SERVER/v1/uploads.</translation>
    </message>
    <message>
        <source>--tus-endpoint needs an http(s) address.</source>
        <translation>--tus-endpoint necesita una dirección http(s).</translation>
    </message>
</context>
<context>
    <name>UploadRun</name>
    <message>
        <source>hashing</source>
        <translation>preparando</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintento</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>The upload journal cannot be used: %1</source>
        <translation>No se puede usar el registro de subidas: %1</translation>
    </message>
    <message>
        <source>not processed</source>
        <translation>sin procesar</translation>
    </message>
</context>
<context>
    <name>UploadTask</name>
    <message>
        <source>The upload journal could not be written (%1); stopped.</source>
        <translation>No se ha podido escribir el registro de subidas (%1); detenido.</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>El archivo ya no está.</translation>
    </message>
    <message>
        <source>The file is not there.</source>
        <translation>El archivo no está.</translation>
    </message>
    <message>
        <source>The file changed on disk since its upload began.</source>
        <translation>El archivo ha cambiado en el disco desde que empezó su subida.</translation>
    </message>
    <message>
        <source>The file can no longer be read (%1).</source>
        <translation>El archivo ya no se puede leer (%1).</translation>
    </message>
    <message>
        <source>The file got shorter while it was being read.</source>
        <translation>El archivo se ha acortado mientras se leía.</translation>
    </message>
    <message>
        <source>The file&apos;s content changed since its upload began.</source>
        <translation>El contenido del archivo ha cambiado desde que empezó su subida.</translation>
    </message>
    <message>
        <source>The server&apos;s copy has expired; starting the upload again.</source>
        <translation>La copia del servidor ha caducado; se empieza de nuevo la subida.</translation>
    </message>
    <message>
        <source>Resuming from byte %1.</source>
        <translation>Se reanuda desde el byte %1.</translation>
    </message>
    <message>
        <source>Already on the server (same name and content).</source>
        <translation>Ya está en el servidor (mismo nombre y contenido).</translation>
    </message>
    <message>
        <source>The server accepts files up to %1 bytes; this one has %2.</source>
        <translation>El servidor acepta archivos de hasta %1 bytes; este tiene %2.</translation>
    </message>
    <message>
        <source>The file can no longer be read.</source>
        <translation>El archivo ya no se puede leer.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>The file got shorter or unreadable during the upload.</source>
        <translation>El archivo se ha acortado o ha dejado de poder leerse durante la subida.</translation>
    </message>
    <message>
        <source>The server does not speak tus %1 (it offers %2).</source>
        <translation>El servidor no habla tus %1 (ofrece %2).</translation>
    </message>
    <message>
        <source>a creation answer without a usable Location</source>
        <translation>una respuesta de creación sin un Location utilizable</translation>
    </message>
    <message>
        <source>an offset of &quot;%1&quot; for a file of %2 bytes</source>
        <translation>una posición «%1» para un archivo de %2 bytes</translation>
    </message>
    <message>
        <source>the server&apos;s upload has another length</source>
        <translation>la subida del servidor tiene otra longitud</translation>
    </message>
    <message>
        <source>an offset of &quot;%1&quot; after sending bytes %2 to %3</source>
        <translation>una posición «%1» tras enviar los bytes %2 a %3</translation>
    </message>
    <message>
        <source>The content sent differs from the content hashed before the upload.</source>
        <translation>El contenido enviado no coincide con el hash calculado antes de la subida.</translation>
    </message>
    <message>
        <source>Uploaded and verified.</source>
        <translation>Subido y verificado.</translation>
    </message>
    <message>
        <source>The server refuses even parts of %1 bytes.</source>
        <translation>El servidor rechaza incluso partes de %1 bytes.</translation>
    </message>
    <message>
        <source>%1 Stopped after %2 failures in a row; the next run resumes it.</source>
        <translation>%1 Detenido tras %2 fallos seguidos; la próxima ejecución lo reanudará.</translation>
    </message>
    <message>
        <source>The file was deleted or moved during the upload.</source>
        <translation>El archivo se ha eliminado o movido durante la subida.</translation>
    </message>
    <message>
        <source>The file changed on disk during the upload.</source>
        <translation>El archivo ha cambiado en el disco durante la subida.</translation>
    </message>
    <message>
        <source>Not resumed.</source>
        <translation>No se reanuda.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The portal found other content than the file&apos;s SHA-256 promised: the file changed during the upload.</source>
        <translation>El portal ha recibido un contenido distinto del que promete el SHA-256 del archivo: el archivo ha cambiado durante la subida.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Checks delivery names (and files) before anything is sent.</source>
        <translation>Comprueba los nombres de entrega (y los archivos) antes de enviar nada.</translation>
    </message>
    <message>
        <source>Print a machine-readable JSON report.</source>
        <translation>Imprime un informe JSON para programas.</translation>
    </message>
    <message>
        <source>Enter sub-folders.</source>
        <translation>Recorre las subcarpetas.</translation>
    </message>
    <message>
        <source>Check names only; never open a file.</source>
        <translation>Comprueba solo los nombres; no abre ningún archivo.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Files or folders to check.</source>
        <translation>Archivos o carpetas que comprobar.</translation>
    </message>
    <message>
        <source>No path given.</source>
        <translation>No se ha indicado ninguna ruta.</translation>
    </message>
    <message>
        <source>Inspect metadata only; skip the full decode of the pixels.</source>
        <translation>Inspecciona solo los metadatos; no decodifica todos los píxeles.</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli validate [--json] [--recursive] [--names-only] [--quick] PATH...</source>
        <translation>Uso: artwork-portal-cli validate [--json] [--recursive] [--names-only] [--quick] RUTA...</translation>
    </message>
</context>
<context>
    <name>VerbSupport</name>
    <message numerus="yes">
        <source>%n file(s) not valid: nothing was sent.</source>
        <translation>
            <numerusform>%n archivo no válido: no se ha enviado nada.</numerusform>
            <numerusform>%n archivos no válidos: no se ha enviado nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmpCounter</name>
    <message>
        <source>The compressed XMP expands beyond %1 MB.</source>
        <translation>El XMP comprimido ocupa más de %1 MB al descomprimirlo.</translation>
    </message>
    <message>
        <source>The compressed XMP is corrupt.</source>
        <translation>El XMP comprimido está dañado.</translation>
    </message>
    <message>
        <source>The XMP metadata nests %1 levels deep; it was counted but not parsed.</source>
        <translation>Los metadatos XMP se anidan %1 niveles; se han contado, pero no analizado.</translation>
    </message>
</context>
<context>
    <name>XmpStripper</name>
    <message>
        <source>The XMP is too big to rewrite; remove all of it instead.</source>
        <translation>El XMP es demasiado grande para reescribirlo; quítalo entero.</translation>
    </message>
    <message>
        <source>The compressed XMP is corrupt.</source>
        <translation>El XMP comprimido está dañado.</translation>
    </message>
    <message>
        <source>Without its copies the XMP still takes %1 KB, more than one JPEG segment holds; remove all XMP instead.</source>
        <translation>Sin sus copias, el XMP sigue ocupando %1 KB, más de lo que cabe en un segmento JPEG; quita todo el XMP.</translation>
    </message>
    <message>
        <source>The repaired file could not be written.</source>
        <translation>No se ha podido escribir el archivo reparado.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG.</source>
        <translation>%1 no es un JPEG ni un PNG.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); repair it from the original first.</source>
        <translation>%1 está dañado (%2); repáralo primero a partir del original.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>The repaired file could not be written: %1</source>
        <translation>No se ha podido escribir el archivo reparado: %1</translation>
    </message>
    <message>
        <source>%1 changed while it was repaired; nothing was replaced.</source>
        <translation>%1 ha cambiado mientras se reparaba; no se ha sustituido nada.</translation>
    </message>
    <message>
        <source>The repaired file cannot be read back.</source>
        <translation>No se puede volver a leer el archivo reparado.</translation>
    </message>
    <message>
        <source>The repaired copy of %1 did not verify; the original is untouched.</source>
        <translation>La copia reparada de %1 no ha superado la verificación; el original está intacto.</translation>
    </message>
    <message>
        <source>Only JPEG and PNG files can be repaired.</source>
        <translation>Solo se pueden reparar archivos JPEG y PNG.</translation>
    </message>
    <message>
        <source>The file could not be read to its end.</source>
        <translation>No se ha podido leer el archivo hasta el final.</translation>
    </message>
    <message>
        <source>The output is the input itself; use the in-place mode.</source>
        <translation>La salida es la propia entrada; usa el modo --in-place.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the original is untouched.</source>
        <translation>No se puede sustituir %1; el original está intacto.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for the repaired copy; the original is untouched.</source>
        <translation>No se puede crear la carpeta %1 para la copia reparada; el original no se ha tocado.</translation>
    </message>
</context>
<context>
    <name>apd::ui::AccessRequestDialog</name>
    <message>
        <source>Send the request</source>
        <translation>Enviar la solicitud</translation>
    </message>
    <message>
        <source>Request access for a team member</source>
        <translation>Solicitar acceso para un miembro del equipo</translation>
    </message>
    <message>
        <source>Designer (agency user)</source>
        <translation>Diseñador (usuario de agencia)</translation>
    </message>
    <message>
        <source>Agency admin</source>
        <translation>Administrador de agencia</translation>
    </message>
    <message>
        <source>The portal&apos;s support team creates the account and sends the sign-in details to that address.</source>
        <translation>El equipo de soporte del portal crea la cuenta y envía los datos de acceso a esa dirección.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Enter the full name, the e-mail address and the company.</source>
        <translation>Escribe el nombre completo, el correo electrónico y la empresa.</translation>
    </message>
    <message>
        <source>Requesting access</source>
        <translation>solicitar acceso</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>No se ha enviado la solicitud: %1</translation>
    </message>
    <message>
        <source>Request %1 sent: the support team will write to %2.</source>
        <translation>Solicitud %1 enviada: el equipo de soporte escribirá a %2.</translation>
    </message>
</context>
<context>
    <name>apd::ui::AddRequestDialog</name>
    <message>
        <source>Add line items</source>
        <translation>Añadir líneas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>left to right (ltr)</source>
        <translation>de izquierda a derecha (ltr)</translation>
    </message>
    <message>
        <source>right to left (rtl)</source>
        <translation>de derecha a izquierda (rtl)</translation>
    </message>
    <message>
        <source>e.g. es, pt-BR</source>
        <translation>p. ej., es, pt-BR</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <source>A %1 is made per language: give the language code.</source>
        <translation>Un %1 se hace por idioma: indica el código de idioma.</translation>
    </message>
    <message>
        <source>New line items: %1</source>
        <translation>Líneas nuevas: %1</translation>
    </message>
</context>
<context>
    <name>apd::ui::AssetViewer</name>
    <message>
        <source>Title and logo</source>
        <translation>Título y logo</translation>
    </message>
    <message>
        <source>Action safe</source>
        <translation>Zona segura de acción</translation>
    </message>
    <message>
        <source>Buttons overlay</source>
        <translation>Zona de botones</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Rating and labels</source>
        <translation>Clasificación y etiquetas</translation>
    </message>
    <message>
        <source>Focal area</source>
        <translation>Zona focal</translation>
    </message>
    <message>
        <source>Caption overlay</source>
        <translation>Zona de subtítulo</translation>
    </message>
    <message>
        <source>Logo placement (keep free)</source>
        <translation>Lugar del logo (dejar libre)</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>subido</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Show safe zones</source>
        <translation>Mostrar zonas seguras</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <source>Frames where the title and logo must stay, and hatches what the portal covers.</source>
        <translation>Enmarca dónde deben quedar el título y el logo, y raya lo que cubre el portal.</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Escribe un comentario…</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspección</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>This asset is not in the order any more.</source>
        <translation>Este asset ya no está en el pedido.</translation>
    </message>
    <message>
        <source>%1 — Asset</source>
        <translation>%1 — Asset</translation>
    </message>
    <message>
        <source>%1
version %2 · %3</source>
        <translation>%1
versión %2 · %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Archivo fuente: %1</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>sin vincular</translation>
    </message>
    <message>
        <source>Background: %1</source>
        <translation>Fondo: %1</translation>
    </message>
    <message>
        <source>Takes no source or background.</source>
        <translation>No lleva archivo fuente ni fondo.</translation>
    </message>
    <message>
        <source>Loading the file…</source>
        <translation>Cargando el archivo…</translation>
    </message>
    <message>
        <source>Loading the file</source>
        <translation>Cargando el archivo</translation>
    </message>
    <message>
        <source>The file cannot be shown as an image.</source>
        <translation>El archivo no se puede mostrar como imagen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallado: %2</translation>
    </message>
    <message>
        <source>No safe zones for this type</source>
        <translation>Este tipo no tiene zonas seguras</translation>
    </message>
    <message>
        <source>Rejected by the studio</source>
        <translation>Rechazado por el estudio</translation>
    </message>
    <message>
        <source>Approved by the studio</source>
        <translation>Aprobado por el estudio</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>%1, %2 × %3 px, %4, %5 bit</source>
        <translation>%1, %2 × %3 px, %4, %5 bits</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Colour profile: %1</source>
        <translation>Perfil de color: %1</translation>
    </message>
    <message>
        <source>No colour profile</source>
        <translation>Sin perfil de color</translation>
    </message>
    <message>
        <source>XMP metadata: %1</source>
        <translation>Metadatos XMP: %1</translation>
    </message>
    <message numerus="yes">
        <source>Photoshop document ancestors: %n</source>
        <translation>
            <numerusform>Antecesores del documento de Photoshop: %n</numerusform>
            <numerusform>Antecesores del documento de Photoshop: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded to the end without error.</source>
        <translation>Decodificado hasta el final sin errores.</translation>
    </message>
    <message>
        <source>Not decoded to the end.</source>
        <translation>No se ha decodificado hasta el final.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Loading the comments</source>
        <translation>Cargando los comentarios</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aún no hay comentarios.</translation>
    </message>
    <message>
        <source>Posting the comment</source>
        <translation>Publicando el comentario</translation>
    </message>
</context>
<context>
    <name>apd::ui::ChatDock</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Message; @ names someone</source>
        <translation>Mensaje; @ menciona a alguien</translation>
    </message>
    <message>
        <source>Loading the chat</source>
        <translation>Cargando el chat</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Posting to the chat</source>
        <translation>Publicando en el chat</translation>
    </message>
    <message numerus="yes">
        <source>Project chat (%n unread)</source>
        <translation>
            <numerusform>Chat del proyecto (%n sin leer)</numerusform>
            <numerusform>Chat del proyecto (%n sin leer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Project chat</source>
        <translation>Chat del proyecto</translation>
    </message>
</context>
<context>
    <name>apd::ui::CheckResultsModel</name>
    <message>
        <source>%1 Fix: %2</source>
        <translation>%1 Arreglo: %2</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>First problem</source>
        <translation>Primer problema</translation>
    </message>
</context>
<context>
    <name>apd::ui::ConnectionMonitor</name>
    <message>
        <source>Checking the connection</source>
        <translation>comprobar la conexión</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde las %1</translation>
    </message>
    <message>
        <source>The portal answers.</source>
        <translation>El portal responde.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. The order shown is the copy kept on this computer; files you drop are checked and queued, and they are sent when the portal is back.</source>
        <translation>No se puede conectar con el portal. El pedido que ves es la copia guardada en este ordenador; los archivos que sueltes se comprueban y quedan en cola, y se envían cuando el portal vuelva.</translation>
    </message>
</context>
<context>
    <name>apd::ui::DemoPortal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create a folder for the demo portal in %1: %2</source>
        <translation>No se puede crear una carpeta para el portal de demostración en %1: %2</translation>
    </message>
    <message>
        <source>The demo portal has no designer account.</source>
        <translation>El portal de demostración no tiene ninguna cuenta de diseñador.</translation>
    </message>
</context>
<context>
    <name>apd::ui::DropZone</name>
    <message>
        <source>Drop files or folders here to check them</source>
        <translation>Suelta aquí archivos o carpetas para comprobarlos</translation>
    </message>
</context>
<context>
    <name>apd::ui::LinkDialog</name>
    <message>
        <source>Only PSDs not linked to anything yet</source>
        <translation>Solo los PSD que aún no están vinculados a nada</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Link a source</source>
        <translation>Vincular un archivo fuente</translation>
    </message>
    <message>
        <source>The source of %1:</source>
        <translation>El archivo fuente de %1:</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Listing the sources</source>
        <translation>Listar los archivos fuente</translation>
    </message>
    <message>
        <source>Loading the sources…</source>
        <translation>Cargando los archivos fuente…</translation>
    </message>
    <message>
        <source>universal base</source>
        <translation>base universal</translation>
    </message>
    <message numerus="yes">
        <source>linked to %n asset(s)</source>
        <translation>
            <numerusform>vinculado a %n asset</numerusform>
            <numerusform>vinculado a %n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>linked now</source>
        <translation>vinculado ahora</translation>
    </message>
    <message>
        <source>No source to show; upload the PSD first.</source>
        <translation>No hay ningún archivo fuente que mostrar; sube primero el PSD.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Vinculando…</translation>
    </message>
    <message>
        <source>Unlinking…</source>
        <translation>Desvinculando…</translation>
    </message>
</context>
<context>
    <name>apd::ui::MainWindow</name>
    <message>
        <source>Artwork Portal</source>
        <translation>Artwork Portal</translation>
    </message>
    <message>
        <source>Select a file to see its problems and how to fix them.</source>
        <translation>Selecciona un archivo para ver sus problemas y cómo arreglarlos.</translation>
    </message>
    <message>
        <source>Rename to the suggested name</source>
        <translation>Cambiar al nombre sugerido</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Check files…</source>
        <translation>&amp;Comprobar archivos…</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>Comprobar archivos</translation>
    </message>
    <message>
        <source>Check a &amp;folder…</source>
        <translation>Comprobar una car&amp;peta…</translation>
    </message>
    <message>
        <source>Check a folder</source>
        <translation>Comprobar una carpeta</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Naming guide</source>
        <translation>&amp;Guía de nombres</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked.</source>
        <translation>
            <numerusform>%n archivo comprobado.</numerusform>
            <numerusform>%n archivos comprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No files checked yet</source>
        <translation>Aún no se ha comprobado ningún archivo</translation>
    </message>
    <message>
        <source>%1 ready, %2 refused</source>
        <translation>%1 listos, %2 rechazados</translation>
    </message>
    <message>
        <source>Ready to deliver as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Listo para entregar como &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Arreglo: %1</translation>
    </message>
    <message>
        <source>Suggested name: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nombre sugerido: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A file named %1 is already there.</source>
        <translation>Ya hay un archivo llamado %1.</translation>
    </message>
    <message>
        <source>The file could not be renamed.</source>
        <translation>No se ha podido cambiar el nombre del archivo.</translation>
    </message>
</context>
<context>
    <name>apd::ui::NamingGuideDialog</name>
    <message>
        <source>Naming guide</source>
        <translation>Guía de nombres</translation>
    </message>
    <message>
        <source>How to name a delivery</source>
        <translation>Cómo nombrar una entrega</translation>
    </message>
    <message>
        <source>title[_ID|ID]#type_tone[_direction]_sequence_language.extension</source>
        <translation>título[_ID|ID]#tipo_tono[_dirección]_secuencia_idioma.extensión</translation>
    </message>
    <message>
        <source>The part before &lt;b&gt;#&lt;/b&gt; is yours: usually the title, without spaces. Recommendation IDs of the stills you used go at its end, joined by |.</source>
        <translation>La parte anterior a &lt;b&gt;#&lt;/b&gt; es tuya: normalmente el título, sin espacios. Los ID de recomendación de los fotogramas que has usado van al final, unidos con |.</translation>
    </message>
    <message>
        <source>After &lt;b&gt;#&lt;/b&gt; comes the request, exactly as the order shows it. The easiest way: copy the request&apos;s name and add the extension.</source>
        <translation>Detrás de &lt;b&gt;#&lt;/b&gt; va la solicitud, tal y como aparece en el pedido. Lo más fácil: copia el nombre de la solicitud y añade la extensión.</translation>
    </message>
    <message>
        <source>Tone: light or dark, or na for types without a tone. Billboards also need a direction: ltr or rtl.</source>
        <translation>Tono: light o dark, o na para los tipos sin tono. Los billboards necesitan además una dirección: ltr o rtl.</translation>
    </message>
    <message>
        <source>The sequence has two digits: 01, 02, …</source>
        <translation>La secuencia tiene dos cifras: 01, 02, …</translation>
    </message>
    <message>
        <source>Language: zxx for artwork without text, otherwise the code of the language, such as es, en or pt-BR.</source>
        <translation>Idioma: zxx para material sin texto; si no, el código del idioma, como es, en o pt-BR.</translation>
    </message>
    <message>
        <source>Types and examples</source>
        <translation>Tipos y ejemplos</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Delivered as</source>
        <translation>Se entrega como</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>A source (PSD, PSB, AI, AE) with the same name links to its deliverable by itself; one universal base PSD serves many JPGs.</source>
        <translation>Un archivo fuente (PSD, PSB, AI, AE) con el mismo nombre se vincula solo a su entregable; un mismo PSD de base universal sirve para muchos JPG.</translation>
    </message>
    <message>
        <source>Names for &quot;%1&quot;</source>
        <translation>Nombres para «%1»</translation>
    </message>
    <message>
        <source>Each request of this order, as a file name the portal accepts:</source>
        <translation>Cada solicitud de este pedido, como un nombre de archivo que el portal acepta:</translation>
    </message>
</context>
<context>
    <name>apd::ui::OrderItemModel</name>
    <message>
        <source>Sources</source>
        <translation>Archivos fuente</translation>
    </message>
    <message>
        <source>Backgrounds</source>
        <translation>Fondos</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>sin archivo</translation>
    </message>
    <message>
        <source>uploading %1%</source>
        <translation>subiendo %1%</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>procesando</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>subido</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Ready to deliver.</source>
        <translation>Listo para entregar.</translation>
    </message>
    <message>
        <source>The name a file for this request ends with (after &quot;#&quot;). Ctrl+C copies it.</source>
        <translation>El final del nombre de un archivo para esta solicitud (detrás de «#»). Ctrl+C lo copia.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>necesario</translation>
    </message>
    <message>
        <source>universal base</source>
        <translation>base universal</translation>
    </message>
    <message>
        <source>source</source>
        <translation>archivo fuente</translation>
    </message>
    <message numerus="yes">
        <source>linked to %n asset(s)</source>
        <translation>
            <numerusform>vinculado a %n asset</numerusform>
            <numerusform>vinculado a %n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>background</source>
        <translation>fondo</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Expected name</source>
        <translation>Nombre esperado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Archivo fuente</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Nothing uploaded for this request yet: drop its file (…#%1) on this row.</source>
        <translation>Todavía no se ha subido nada para esta solicitud: suelta su archivo (…#%1) en esta fila.</translation>
    </message>
    <message>
        <source>Click to link a source by hand, or to unlink it.</source>
        <translation>Haz clic para vincular un archivo fuente a mano o para desvincularlo.</translation>
    </message>
    <message>
        <source>More: link a source by hand, remove this line item</source>
        <translation>Más: vincular un archivo fuente a mano, quitar esta línea</translation>
    </message>
    <message>
        <source>Click to open %1 in the viewer.</source>
        <translation>Haz clic para abrir %1 en el visor.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin miniatura: %1</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Cargando la miniatura…</translation>
    </message>
    <message>
        <source>The file being sent: %1</source>
        <translation>El archivo que se envía: %1</translation>
    </message>
    <message>
        <source>A preview of the row&apos;s file; click it to open the asset in the viewer.</source>
        <translation>Miniatura del archivo de la fila; haz clic en ella para abrir el asset en el visor.</translation>
    </message>
</context>
<context>
    <name>apd::ui::OrderWindow</name>
    <message>
        <source>Use the suggested name</source>
        <translation>Usar el nombre sugerido</translation>
    </message>
    <message>
        <source>Deliver…</source>
        <translation>Entregar…</translation>
    </message>
    <message>
        <source>Drop artwork files or folders here, or on a row of the order</source>
        <translation>Suelta aquí archivos o carpetas de material gráfico, o sobre una fila del pedido</translation>
    </message>
    <message>
        <source>Connecting to the portal…</source>
        <translation>Conectando con el portal…</translation>
    </message>
    <message>
        <source>Files kept out of the upload</source>
        <translation>Archivos que se quedan fuera de la subida</translation>
    </message>
    <message>
        <source>Artwork Portal</source>
        <translation>Artwork Portal</translation>
    </message>
    <message numerus="yes">
        <source>Deliver %n asset(s)…</source>
        <translation>
            <numerusform>Entregar %n asset…</numerusform>
            <numerusform>Entregar %n assets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) delivered; the studio is notified.</source>
        <translation>
            <numerusform>%n asset entregado; se ha avisado al estudio.</numerusform>
            <numerusform>%n assets entregados; se ha avisado al estudio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error al %1: %2</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>The portal could not be started</source>
        <translation>No se ha podido iniciar el portal</translation>
    </message>
    <message>
        <source>Uploads stopped: %1</source>
        <translation>Subidas detenidas: %1</translation>
    </message>
    <message>
        <source>Uploads cannot start: %1</source>
        <translation>No se pueden iniciar las subidas: %1</translation>
    </message>
    <message>
        <source>Signed in as %1; loading the order…</source>
        <translation>Sesión iniciada como %1; cargando el pedido…</translation>
    </message>
    <message>
        <source>%1 — Artwork Portal</source>
        <translation>%1 — Artwork Portal</translation>
    </message>
    <message>
        <source>%1 — Artwork Portal (%2)</source>
        <translation>%1 — Artwork Portal (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n dropped item(s)…</source>
        <translation>
            <numerusform>Comprobando %n elemento soltado…</numerusform>
            <numerusform>Comprobando %n elementos soltados…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Suggested name: %1</source>
        <translation>Nombre sugerido: %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>Uploads are not available.</source>
        <translation>Las subidas no están disponibles.</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>comprobado</translation>
    </message>
    <message>
        <source>%1: name and content checked.</source>
        <translation>%1: nombre y contenido comprobados.</translation>
    </message>
    <message>
        <source>The upload did not finish.</source>
        <translation>La subida no ha terminado.</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Entregar</translation>
    </message>
    <message numerus="yes">
        <source>Deliver %n asset(s) of &quot;%1&quot; to the studio? The project owner is notified.</source>
        <translation>
            <numerusform>¿Entregar %n asset de «%1» al estudio? Se avisará al responsable del proyecto.</numerusform>
            <numerusform>¿Entregar %n assets de «%1» al estudio? Se avisará al responsable del proyecto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deliver %n asset(s)</source>
        <translation>
            <numerusform>Entregar %n asset</numerusform>
            <numerusform>Entregar %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivering %n asset(s)…</source>
        <translation>
            <numerusform>Entregando %n asset…</numerusform>
            <numerusform>Entregando %n assets…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 request(s): %2 delivered, %3 linked, %4 refused file(s)</source>
        <translation>%1 solicitud(es): %2 entregada(s), %3 vinculada(s), %4 archivo(s) descartado(s)</translation>
    </message>
    <message numerus="yes">
        <source> · uploading %n file(s)</source>
        <translation>
            <numerusform> · subiendo %n archivo</numerusform>
            <numerusform> · subiendo %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source> · checking…</source>
        <translation> · comprobando…</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Cargando el pedido…</translation>
    </message>
    <message>
        <source>Loading the order</source>
        <translation>cargar el pedido</translation>
    </message>
    <message>
        <source>Rename the file on disk</source>
        <translation>Renombrar el archivo en el disco</translation>
    </message>
    <message>
        <source>Remove the bloated XMP</source>
        <translation>Quitar el XMP sobrante</translation>
    </message>
    <message>
        <source>Pause uploads</source>
        <translation>Pausar las subidas</translation>
    </message>
    <message>
        <source>Add line items…</source>
        <translation>Añadir líneas…</translation>
    </message>
    <message>
        <source>Deliver the file under the suggested name; the file on disk keeps its name.</source>
        <translation>Entrega el archivo con el nombre sugerido; el archivo en el disco conserva su nombre.</translation>
    </message>
    <message>
        <source>Give the file on disk the suggested name, then deliver it.</source>
        <translation>Pone el nombre sugerido al archivo en el disco y luego lo entrega.</translation>
    </message>
    <message>
        <source>The XMP was not removed: %1</source>
        <translation>No se ha quitado el XMP: %1</translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation>Renombrando %1…</translation>
    </message>
    <message>
        <source>The file was not renamed: %1</source>
        <translation>No se ha renombrado el archivo: %1</translation>
    </message>
    <message>
        <source>Resume uploads</source>
        <translation>Reanudar las subidas</translation>
    </message>
    <message>
        <source>%1 of %2 file(s) · %p%</source>
        <translation>%1 de %2 archivo(s) · %p%</translation>
    </message>
    <message>
        <source>Unlinking</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Remove a line item</source>
        <translation>Quitar una línea</translation>
    </message>
    <message>
        <source>Remove the line item %1 from the order?</source>
        <translation>¿Quitar la línea %1 del pedido?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Quitando %1…</translation>
    </message>
    <message>
        <source>Removing the line item</source>
        <translation>Quitar la línea</translation>
    </message>
    <message>
        <source>%1 removed from the order.</source>
        <translation>%1 se ha quitado del pedido.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n line item(s)…</source>
        <translation>
            <numerusform>Añadiendo %n línea…</numerusform>
            <numerusform>Añadiendo %n líneas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding line items</source>
        <translation>Añadir líneas al pedido</translation>
    </message>
    <message numerus="yes">
        <source>%n line item(s) added to the order.</source>
        <translation>
            <numerusform>%n línea añadida al pedido.</numerusform>
            <numerusform>%n líneas añadidas al pedido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting the assignee</source>
        <translation>Asignar el responsable</translation>
    </message>
    <message>
        <source>Setting the collaborators</source>
        <translation>Elegir los colaboradores</translation>
    </message>
    <message numerus="yes">
        <source> · %n upload(s) paused</source>
        <translation>
            <numerusform> · %n subida en pausa</numerusform>
            <numerusform> · %n subidas en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) skipped, already on the portal</source>
        <translation>
            <numerusform> · %n archivo omitido, ya estaba en el portal</numerusform>
            <numerusform> · %n archivos omitidos, ya estaban en el portal</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the repaired copy</source>
        <translation>Mostrar la copia reparada</translation>
    </message>
    <message>
        <source>Write a copy without the copied metadata into the folder &quot;repaired&quot; beside the file (the pixels and the colour profile stay as they are; your file is not changed), then check and upload the copy.</source>
        <translation>Escribe una copia sin los metadatos copiados en la carpeta «repaired» junto al archivo (los píxeles y el perfil de color no cambian; tu archivo no se modifica) y luego comprueba y sube la copia.</translation>
    </message>
    <message>
        <source>Open the folder of the last repaired copy.</source>
        <translation>Abre la carpeta de la última copia reparada.</translation>
    </message>
    <message>
        <source>%1: the repaired copy in %2; name and content checked.</source>
        <translation>%1: la copia reparada en %2; nombre y contenido comprobados.</translation>
    </message>
    <message>
        <source>Writing a copy of %1 without the bloated XMP…</source>
        <translation>Escribiendo una copia de %1 sin el XMP sobrante…</translation>
    </message>
    <message>
        <source>Repaired copy written to %1 (your file is unchanged); checking and uploading the copy.</source>
        <translation>Copia reparada escrita en %1 (tu archivo no ha cambiado); se comprueba y se sube la copia.</translation>
    </message>
    <message>
        <source>Not signed in: files are checked and queued, and sent once you sign in.</source>
        <translation>Sin sesión iniciada: los archivos se comprueban y quedan en cola, y se envían cuando inicies sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in; %n file(s) checked while signed out are being sent.</source>
        <translation>
            <numerusform>Sesión iniciada; se está enviando %n archivo comprobado sin sesión.</numerusform>
            <numerusform>Sesión iniciada; se están enviando %n archivos comprobados sin sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answers again: sign in to work on the order.</source>
        <translation>El portal vuelve a responder: inicia sesión para trabajar en el pedido.</translation>
    </message>
    <message numerus="yes">
        <source>The portal answers again: sign in to send the %n file(s) waiting.</source>
        <translation>
            <numerusform>El portal vuelve a responder: inicia sesión para enviar el archivo en espera.</numerusform>
            <numerusform>El portal vuelve a responder: inicia sesión para enviar los %n archivos en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is sent once you sign in.</source>
        <translation>Se envía cuando inicies sesión.</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) waiting for you to sign in</source>
        <translation>
            <numerusform> · %n archivo espera a que inicies sesión</numerusform>
            <numerusform> · %n archivos esperan a que inicies sesión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apd::ui::PeopleDialog</name>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>Loading the people of the company…</source>
        <translation>Cargando las personas de la empresa…</translation>
    </message>
    <message>
        <source>Who delivers this project?</source>
        <translation>¿Quién entrega este proyecto?</translation>
    </message>
    <message>
        <source>Who else works on this project?</source>
        <translation>¿Quién más trabaja en este proyecto?</translation>
    </message>
    <message>
        <source>Listing the people</source>
        <translation>Listar las personas</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>apd::ui::PortalFlow</name>
    <message>
        <source>The system keychain is not available here (%1), so the sign-in is kept only until you quit the app.</source>
        <translation>El llavero del sistema no está disponible aquí (%1), así que la sesión solo se conserva hasta que cierres la aplicación.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <source>Your session on %1 has ended; sign in again.</source>
        <translation>Tu sesión en %1 ha terminado; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The system keychain is not available here (%1). You stay signed in until you quit the app; sign in again at the next start.</source>
        <translation>El llavero del sistema no está disponible aquí (%1). La sesión sigue abierta hasta que cierres la aplicación; vuelve a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>Loading the projects</source>
        <translation>cargar los proyectos</translation>
    </message>
    <message>
        <source>The portal cannot be reached, and this computer keeps no copy of your projects: %1</source>
        <translation>No se puede conectar con el portal, y este ordenador no guarda ninguna copia de tus proyectos: %1</translation>
    </message>
    <message>
        <source>Your projects could not be loaded: %1</source>
        <translation>No se han podido cargar tus proyectos: %1</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>cerrar sesión</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Sesión cerrada en %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Projects…</source>
        <translation>&amp;Proyectos…</translation>
    </message>
    <message>
        <source>Check files without a portal…</source>
        <translation>Comprobar archivos sin portal…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Naming guide</source>
        <translation>&amp;Guía de nombres</translation>
    </message>
    <message>
        <source>&amp;Request access for a team member…</source>
        <translation>&amp;Solicitar acceso para un miembro del equipo…</translation>
    </message>
    <message>
        <source>Ask the portal&apos;s &amp;support…</source>
        <translation>Preguntar al &amp;soporte del portal…</translation>
    </message>
    <message>
        <source>The demo portal has no project for %1.</source>
        <translation>El portal de demostración no tiene ningún proyecto para %1.</translation>
    </message>
    <message>
        <source>Signing in to the demo portal failed: %1</source>
        <translation>No se ha podido iniciar sesión en el portal de demostración: %1</translation>
    </message>
    <message>
        <source>Ask the portal&apos;s support to give a team member an account.</source>
        <translation>Pide al soporte del portal una cuenta para un miembro del equipo.</translation>
    </message>
</context>
<context>
    <name>apd::ui::PortalSession</name>
    <message>
        <source>Signing in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <source>Loading the projects</source>
        <translation>cargar los proyectos</translation>
    </message>
    <message>
        <source>You are not on any project yet.</source>
        <translation>Aún no estás en ningún proyecto.</translation>
    </message>
    <message>
        <source>Loading the order</source>
        <translation>cargar el pedido</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>entregar</translation>
    </message>
</context>
<context>
    <name>apd::ui::ProjectListDialog</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Projects — Artwork Portal</source>
        <translation>Proyectos — Artwork Portal</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Persona asignada</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobados</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Loading your projects…</source>
        <translation>Cargando tus proyectos…</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · sesión iniciada como %2</translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached. This is the list as it was on %1; orders opened before can be opened from the copy on this computer.</source>
        <translation>Sin conexión: no se puede conectar con el portal. Esta es la lista tal como estaba el %1; los pedidos abiertos antes se pueden abrir desde la copia de este ordenador.</translation>
    </message>
    <message>
        <source>You are not on any project yet. Ask the studio or your agency&apos;s admin to add you.</source>
        <translation>Todavía no estás en ningún proyecto. Pide al estudio o al administrador de tu agencia que te añada.</translation>
    </message>
    <message>
        <source>Choose the project to open.</source>
        <translation>Elige el proyecto que quieres abrir.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
</context>
<context>
    <name>apd::ui::QcLoop</name>
    <message>
        <source>Rejected only</source>
        <translation>Solo rechazados</translation>
    </message>
    <message>
        <source>Show only what the studio rejected. A folder of fixes dropped now is redelivered in one batch.</source>
        <translation>Muestra solo lo que el estudio ha rechazado. Una carpeta de correcciones soltada ahora se vuelve a entregar de una vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n new chat message(s).</source>
        <translation>
            <numerusform>%n mensaje nuevo en el chat.</numerusform>
            <numerusform>%n mensajes nuevos en el chat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your account</source>
        <translation>Leyendo tu cuenta</translation>
    </message>
    <message>
        <source>Following the portal&apos;s reviews live.</source>
        <translation>Siguiendo en directo las revisiones del portal.</translation>
    </message>
    <message>
        <source>Live reviews paused, trying again: %1</source>
        <translation>Revisiones en directo en pausa, se reintenta: %1</translation>
    </message>
    <message>
        <source>%1 is fixed and linked: ticked to be delivered again.</source>
        <translation>%1 está corregido y vinculado: marcado para entregarlo de nuevo.</translation>
    </message>
    <message>
        <source>A redelivery is already running; drop the folder again when it is done.</source>
        <translation>Ya hay una reentrega en curso; suelta la carpeta de nuevo cuando termine.</translation>
    </message>
    <message numerus="yes">
        <source>Redelivery: %n asset(s) delivered again.</source>
        <translation>
            <numerusform>Reentrega: %n asset entregado de nuevo.</numerusform>
            <numerusform>Reentrega: %n assets entregados de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apd::ui::RedeliveryRun</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallado: %2</translation>
    </message>
    <message>
        <source>Redelivery: reading the order…</source>
        <translation>Reentrega: leyendo el pedido…</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>Leyendo el pedido</translation>
    </message>
    <message>
        <source>Redelivery: checking the fixes in %1…</source>
        <translation>Reentrega: comprobando las correcciones de %1…</translation>
    </message>
    <message>
        <source>Not rejected (it is %1): nothing to fix.</source>
        <translation>No está rechazado (está %1): no hay nada que corregir.</translation>
    </message>
    <message>
        <source>Misnamed, and no rejected asset has a name like it.</source>
        <translation>Mal nombrado, y ningún asset rechazado tiene un nombre parecido.</translation>
    </message>
    <message>
        <source>Misnamed: rename it to &quot;%1&quot; to redeliver it.</source>
        <translation>Mal nombrado: cámbiale el nombre a «%1» para entregarlo de nuevo.</translation>
    </message>
    <message>
        <source>No rejected asset has this name.</source>
        <translation>Ningún asset rechazado tiene este nombre.</translation>
    </message>
    <message>
        <source>No fix for it in the folder.</source>
        <translation>No hay corrección en la carpeta.</translation>
    </message>
    <message>
        <source>No fix for it in the folder. The studio said: &quot;%1&quot;</source>
        <translation>No hay corrección en la carpeta. El estudio dijo: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Redelivery: uploading %n fix(es)…</source>
        <translation>
            <numerusform>Reentrega: subiendo %n corrección…</numerusform>
            <numerusform>Reentrega: subiendo %n correcciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload did not finish.</source>
        <translation>La subida no ha terminado.</translation>
    </message>
    <message numerus="yes">
        <source>Redelivery: delivering %n asset(s) again…</source>
        <translation>
            <numerusform>Reentrega: entregando de nuevo %n asset…</numerusform>
            <numerusform>Reentrega: entregando de nuevo %n assets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Entregando</translation>
    </message>
    <message>
        <source>A new version is with the studio for review.</source>
        <translation>Una nueva versión está en revisión en el estudio.</translation>
    </message>
</context>
<context>
    <name>apd::ui::RedeliverySummaryDialog</name>
    <message>
        <source>redelivered</source>
        <translation>entregado de nuevo</translation>
    </message>
    <message>
        <source>uploaded, not delivered</source>
        <translation>subido, no entregado</translation>
    </message>
    <message>
        <source>upload failed</source>
        <translation>subida fallida</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>still rejected</source>
        <translation>aún rechazado</translation>
    </message>
    <message>
        <source>Redelivery</source>
        <translation>Reentrega</translation>
    </message>
    <message>
        <source>%1: %2 redelivered, %3 skipped, %4 not sent, %5 still rejected.</source>
        <translation>%1: %2 entregados de nuevo, %3 omitidos, %4 no enviados, %5 aún rechazados.</translation>
    </message>
    <message>
        <source>Nothing was redelivered: %1</source>
        <translation>No se ha vuelto a entregar nada: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>apd::ui::RequestMenu</name>
    <message>
        <source>Link a source…</source>
        <translation>Vincular un archivo fuente…</translation>
    </message>
    <message>
        <source>Unlink the source</source>
        <translation>Desvincular el archivo fuente</translation>
    </message>
    <message>
        <source>Copy the expected name</source>
        <translation>Copiar el nombre esperado</translation>
    </message>
    <message>
        <source>Remove this line item…</source>
        <translation>Quitar esta línea…</translation>
    </message>
</context>
<context>
    <name>apd::ui::SettingsDialog</name>
    <message>
        <source>Settings — Artwork Portal</source>
        <translation>Ajustes — Artwork Portal</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>the system&apos;s (e.g. http://proxy.agency.com:3128)</source>
        <translation>el del sistema (p. ej. http://proxy.agency.com:3128)</translation>
    </message>
    <message>
        <source>none: the system&apos;s certificate authorities</source>
        <translation>ninguna: las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Certificate authorities (PEM)</source>
        <translation>Autoridades de certificación (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the app starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Uploads at once:</source>
        <translation>Subidas a la vez:</translation>
    </message>
    <message>
        <source>Bandwidth cap:</source>
        <translation>Límite de ancho de banda:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Extra certificate authorities:</source>
        <translation>Autoridades de certificación adicionales:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Upload settings apply to the uploads the order window starts next; the proxy and the certificates to the next sign-in.</source>
        <translation>Los ajustes de subida se aplican a las próximas subidas que inicie la ventana del pedido; el proxy y los certificados, al próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address (such as http://proxy.agency.com:3128).</source>
        <translation>«%1» no es una dirección de proxy (como http://proxy.agency.com:3128).</translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>El archivo de certificados %1 no existe.</translation>
    </message>
</context>
<context>
    <name>apd::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>Sign in — Artwork Portal</source>
        <translation>Iniciar sesión — Artwork Portal</translation>
    </message>
    <message>
        <source>portal.studio.com</source>
        <translation>portal.studio.com</translation>
    </message>
    <message>
        <source>you@agency.com</source>
        <translation>tu@agencia.com</translation>
    </message>
    <message>
        <source>Sign in with the account the studio or your agency gave you.</source>
        <translation>Inicia sesión con la cuenta que te dio el estudio o tu agencia.</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Dirección del portal:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Escribe tu correo electrónico.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <source>The portal at %1 cannot be reached. Check the address and your connection, then try again.
(%2)</source>
        <translation>No se puede conectar con el portal en %1. Comprueba la dirección y tu conexión, y vuelve a intentarlo.
(%2)</translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1</source>
        <translation>El portal ha rechazado el inicio de sesión: %1</translation>
    </message>
</context>
<context>
    <name>apd::ui::TeamBar</name>
    <message>
        <source>Choose the assignee</source>
        <translation>Elegir el responsable</translation>
    </message>
    <message>
        <source>Choose the collaborators</source>
        <translation>Elegir los colaboradores</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Collaborators: %1</source>
        <translation>Colaboradores: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>apd::ui::ThumbnailLoader</name>
    <message>
        <source>This row has no picture.</source>
        <translation>Esta fila no tiene imagen.</translation>
    </message>
    <message>
        <source>Not connected to the portal.</source>
        <translation>Sin conexión con el portal.</translation>
    </message>
    <message>
        <source>The portal&apos;s thumbnail cannot be read.</source>
        <translation>No se puede leer la miniatura del portal.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>No se puede leer la imagen.</translation>
    </message>
</context>
<context>
    <name>apd::ui::TicketDialog</name>
    <message>
        <source>Open the ticket</source>
        <translation>Abrir la consulta</translation>
    </message>
    <message>
        <source>Ask the portal&apos;s support</source>
        <translation>Preguntar al soporte del portal</translation>
    </message>
    <message>
        <source>What you did, what happened, and the names of the files concerned.</source>
        <translation>Qué hiciste, qué pasó y los nombres de los archivos afectados.</translation>
    </message>
    <message>
        <source>About the project &quot;%1&quot;.</source>
        <translation>Sobre el proyecto «%1».</translation>
    </message>
    <message>
        <source>Not about a particular project.</source>
        <translation>No es sobre un proyecto concreto.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Enter a subject and describe the problem.</source>
        <translation>Escribe un asunto y describe el problema.</translation>
    </message>
    <message>
        <source>Opening a ticket</source>
        <translation>abrir una consulta</translation>
    </message>
    <message>
        <source>The ticket was not opened: %1</source>
        <translation>No se ha abierto la consulta: %1</translation>
    </message>
    <message>
        <source>Ticket %1 opened; the support team answers by e-mail.</source>
        <translation>Consulta %1 abierta; el equipo de soporte responde por correo electrónico.</translation>
    </message>
</context>
<context>
    <name>apd::ui::TrayNotifier</name>
    <message>
        <source>Artwork Portal</source>
        <translation>Artwork Portal</translation>
    </message>
</context>
</TS>
