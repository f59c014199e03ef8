window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Cyclist, baker, occasional runner.",
        "website" : "https://t.co/Xy12AbCd34",
        "location" : "London, UK"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1460679000000000000/abcd1234.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1460678903436467712/1637085731"
    }
  }
]
