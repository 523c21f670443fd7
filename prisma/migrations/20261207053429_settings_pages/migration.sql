-- CreateTable
CREATE TABLE "Setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "appName" TEXT NOT NULL DEFAULT 'Open Event',
    "tagline" TEXT,
    "supportUrl" TEXT,
    "frontendUrl" TEXT,
    "googleUrl" TEXT,
    "githubUrl" TEXT,
    "twitterUrl" TEXT,
    "facebookUrl" TEXT,
    "instagramUrl" TEXT,
    "patreonUrl" TEXT,
    "gitterUrl" TEXT,
    "telegramUrl" TEXT,
    "youtubeUrl" TEXT,
    "weblateUrl" TEXT,
    "rocketChatUrl" TEXT,
    "cookiePolicy" TEXT,
    "cookiePolicyLink" TEXT,
    "androidAppUrl" TEXT,
    "webAppUrl" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "place" TEXT,
    "language" TEXT,
    "index" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Page_url_key" ON "Page"("url");

